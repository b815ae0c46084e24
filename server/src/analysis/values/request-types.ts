import ts from 'typescript';
import { resolveIdentifier } from './symbols';

/**
 * What a web framework's request carries, when its types are out of reach: packages are never
 * loaded, so `req: Request<Params, unknown, SignupBody>` (Express) or
 * `app.post<{ Body: BookingBody }>(…, async (request) => …)` (Fastify) leave `req.body` as
 * `any`. The type arguments written in the workspace still say what the body is.
 */

/** Express `Request<Params, ResBody, ReqBody, ReqQuery>`: which argument each member takes. */
const EXPRESS_ARGUMENT: Record<string, number> = { params: 0, body: 2, query: 3 };
/** Fastify's route generic `{ Body; Params; Querystring; Headers }`: which member each property takes. */
const FASTIFY_MEMBER: Record<string, string> = { body: 'Body', params: 'Params', query: 'Querystring', headers: 'Headers' };

/** The type of `req.body` (`params`, `query`, `headers`) from the written type arguments, if any. */
export function requestMemberType(node: ts.Node, checker: ts.TypeChecker): ts.Type | undefined {
  if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.expression)) return undefined;
  const member = node.name.text;
  if (!(member in EXPRESS_ARGUMENT) && !(member in FASTIFY_MEMBER)) return undefined;
  const r = resolveIdentifier(checker, node.expression);
  if (r.kind !== 'decl' || !ts.isParameter(r.decl)) return undefined;
  const param = r.decl;
  const annotated = param.type && ts.isTypeReferenceNode(param.type) ? param.type : undefined;
  if (annotated?.typeArguments) {
    const name = ts.isIdentifier(annotated.typeName) ? annotated.typeName : annotated.typeName.right;
    const from = moduleOf(name, annotated.typeName, checker);
    if (from === 'express' && name.text === 'Request' && member in EXPRESS_ARGUMENT) {
      const arg = annotated.typeArguments[EXPRESS_ARGUMENT[member]!];
      return arg ? checker.getTypeFromTypeNode(arg) : undefined;
    }
    if (from === 'fastify' && name.text === 'FastifyRequest' && member in FASTIFY_MEMBER)
      return routeMember(annotated.typeArguments[0], FASTIFY_MEMBER[member]!, checker);
    return undefined;
  }
  // `app.post<{ Body: B }>('/path', async (request, reply) => …)`: the handler's first parameter.
  const fn = param.parent;
  if (param.type || !ts.isFunctionLike(fn) || fn.parameters[0] !== param || !(member in FASTIFY_MEMBER)) return undefined;
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.typeArguments?.length || !call.arguments.some((a) => a === fn)) return undefined;
  return routeMember(call.typeArguments[0], FASTIFY_MEMBER[member]!, checker);
}

function routeMember(generic: ts.TypeNode | undefined, member: string, checker: ts.TypeChecker): ts.Type | undefined {
  if (!generic) return undefined;
  const type = checker.getTypeFromTypeNode(generic);
  const prop = checker.getPropertyOfType(type, member);
  return prop ? checker.getTypeOfSymbol(prop) : undefined;
}

/**
 * React Hook Form: `const { handleSubmit } = useForm<CheckoutValues>()` and
 * `handleSubmit(async (draft) => …)`: the untyped `draft` is a `CheckoutValues`.
 */
export function handlerParameterType(name: ts.Node, checker: ts.TypeChecker): ts.Type | undefined {
  const param = name.parent;
  if (!param || !ts.isParameter(param) || param.type || param.name !== name) return undefined;
  const fn = param.parent;
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  if (fn.parameters[0] !== param) return undefined;
  let at: ts.Node = fn;
  while (ts.isParenthesizedExpression(at.parent)) at = at.parent;
  const call = at.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== at) return undefined;
  const callee = call.expression;
  const formCall =
    ts.isIdentifier(callee) && callee.text === 'handleSubmit'
      ? formOfBinding(callee, checker)
      : ts.isPropertyAccessExpression(callee) && callee.name.text === 'handleSubmit' && ts.isIdentifier(callee.expression)
        ? formOfVariable(callee.expression, checker)
        : undefined;
  const values = formCall?.typeArguments?.[0];
  return values ? checker.getTypeFromTypeNode(values) : undefined;
}

/** `const { handleSubmit } = useForm<T>()`: the useForm call. */
function formOfBinding(id: ts.Identifier, checker: ts.TypeChecker): ts.CallExpression | undefined {
  const r = resolveIdentifier(checker, id);
  if (r.kind !== 'decl' || !ts.isBindingElement(r.decl)) return undefined;
  const decl = r.decl.parent.parent;
  return ts.isVariableDeclaration(decl) && decl.initializer ? useFormCall(decl.initializer, checker) : undefined;
}

/** `const form = useForm<T>()`: the useForm call. */
function formOfVariable(id: ts.Identifier, checker: ts.TypeChecker): ts.CallExpression | undefined {
  const r = resolveIdentifier(checker, id);
  return r.kind === 'decl' && ts.isVariableDeclaration(r.decl) && r.decl.initializer ? useFormCall(r.decl.initializer, checker) : undefined;
}

function useFormCall(init: ts.Expression, checker: ts.TypeChecker): ts.CallExpression | undefined {
  if (!ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return undefined;
  if (init.expression.text !== 'useForm' && init.expression.text !== 'useFormContext') return undefined;
  return moduleOf(init.expression, init.expression, checker) === 'react-hook-form' ? init : undefined;
}

/** The package a type's name is imported from (`Request` or `express.Request`). */
function moduleOf(name: ts.Identifier, whole: ts.EntityName, checker: ts.TypeChecker): string | undefined {
  const root = ts.isQualifiedName(whole) ? leftmost(whole) : name;
  const r = resolveIdentifier(checker, root);
  return r.kind === 'external' ? r.module : undefined;
}

function leftmost(q: ts.QualifiedName): ts.Identifier {
  let n: ts.EntityName = q;
  while (ts.isQualifiedName(n)) n = n.left;
  return n;
}
