import ts from 'typescript';
import { skipOuterExpressions, staticPropertyName } from '../ts-helpers';
import { resolveIdentifier } from './symbols';

/**
 * The keys a validation schema declares: `z.object({ invitee: z.string().email(), … })`. With
 * the zod package not loaded, `Schema.parse(body)` is `any`; its keys, and validators such as
 * `.email()`, still say what the parsed value holds.
 */
export interface SchemaKey {
  /** The key as written in the schema (where the data is said to come from). */
  node: ts.Node;
  /** Validators in the key's chain: `email`, `ip`, `url` … */
  validators: Set<string>;
}

/** Methods that return the same object schema, or one with the same keys. */
const SAME_SHAPE = new Set([
  'strict',
  'strip',
  'passthrough',
  'partial',
  'deepPartial',
  'required',
  'readonly',
  'describe',
  'catchall',
  'brand',
  'optional',
  'nullable',
  'nullish',
  'default',
  'refine',
  'superRefine',
  'array',
  'catch',
]);

export function schemaKeys(expr: ts.Expression, checker: ts.TypeChecker, depth = 0): Map<string, SchemaKey> | undefined {
  if (depth > 8) return undefined;
  const e = skipOuterExpressions(expr);
  if (ts.isIdentifier(e)) {
    const r = resolveIdentifier(checker, e);
    if (r.kind === 'decl' && ts.isVariableDeclaration(r.decl) && r.decl.initializer)
      return schemaKeys(r.decl.initializer, checker, depth + 1);
    return undefined;
  }
  if (!ts.isCallExpression(e)) return undefined;
  const callee = skipOuterExpressions(e.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const receiver = callee.expression;
  if ((method === 'object' || method === 'strictObject' || method === 'looseObject') && isZod(receiver, checker)) {
    const shape = e.arguments[0] ? skipOuterExpressions(e.arguments[0]) : undefined;
    return shape && ts.isObjectLiteralExpression(shape) ? keysOfLiteral(shape) : undefined;
  }
  if (method === 'array' && isZod(receiver, checker)) return e.arguments[0] ? schemaKeys(e.arguments[0], checker, depth + 1) : undefined;
  if (SAME_SHAPE.has(method)) return schemaKeys(receiver, checker, depth + 1);
  if (method === 'extend' || method === 'merge' || method === 'and') {
    const base = schemaKeys(receiver, checker, depth + 1);
    const arg = e.arguments[0] ? skipOuterExpressions(e.arguments[0]) : undefined;
    const more = arg && ts.isObjectLiteralExpression(arg) ? keysOfLiteral(arg) : arg ? schemaKeys(arg, checker, depth + 1) : undefined;
    return base || more ? new Map([...(base ?? []), ...(more ?? [])]) : undefined;
  }
  if (method === 'pick' || method === 'omit') {
    const base = schemaKeys(receiver, checker, depth + 1);
    const arg = e.arguments[0] ? skipOuterExpressions(e.arguments[0]) : undefined;
    if (!base || !arg || !ts.isObjectLiteralExpression(arg)) return base;
    const named = new Set(arg.properties.map((p) => (p.name ? staticPropertyName(p.name) : undefined)));
    return new Map([...base].filter(([k]) => named.has(k) === (method === 'pick')));
  }
  return undefined;
}

function keysOfLiteral(shape: ts.ObjectLiteralExpression): Map<string, SchemaKey> {
  const out = new Map<string, SchemaKey>();
  for (const p of shape.properties) {
    if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
    const key = staticPropertyName(p.name);
    if (key === undefined) continue;
    const validators = new Set<string>();
    // `z.string().trim().email()`: every method on the way.
    let v: ts.Expression | undefined = ts.isPropertyAssignment(p) ? p.initializer : undefined;
    while (v) {
      v = skipOuterExpressions(v);
      if (ts.isCallExpression(v) && ts.isPropertyAccessExpression(v.expression)) {
        validators.add(v.expression.name.text);
        v = v.expression.expression;
      } else if (ts.isPropertyAccessExpression(v)) {
        validators.add(v.name.text);
        v = v.expression;
      } else v = undefined;
    }
    out.set(key, { node: p.name, validators });
  }
  return out;
}

/** `z` or `zod`, imported from the zod package (or one of its entry points). */
function isZod(e: ts.Expression, checker: ts.TypeChecker): boolean {
  const x = skipOuterExpressions(e);
  if (!ts.isIdentifier(x)) return false;
  const r = resolveIdentifier(checker, x);
  return r.kind === 'external' && /^zod(\/|$)/.test(r.module);
}
