import ts from 'typescript';
import { skipOuterExpressions } from '../ts-helpers';

/** `handler` in `handler.createEmail(…)` or `opts.format.short(…)`; `fn` in `fn(…)`. */
function calleeRoot(callee: ts.Expression): ts.Identifier | undefined {
  let x = skipOuterExpressions(callee);
  for (let depth = 0; depth < 8; depth++) {
    if (ts.isIdentifier(x)) return x;
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) x = skipOuterExpressions(x.expression);
    else return undefined;
  }
  return undefined;
}

function declarationOf(checker: ts.TypeChecker, node: ts.Node): ts.Declaration | undefined {
  const sym = checker.getSymbolAtLocation(node);
  return sym?.valueDeclaration ?? sym?.declarations?.[0];
}

/**
 * A call whose code the analysis cannot see because the caller hands it over: a method of a
 * parameter typed `any` (`#createEmailInput(handler: any, …)` calling `handler.createEmail(data)`),
 * or of a parameter typed by one of the codebase's own interfaces, whose implementation is
 * whichever object the caller passes (a strategy or handler table). Its result is taken to
 * carry its arguments, whatever shape it gives them. An `any` that only stands for a package
 * missing from disk is not meant: that is the checker's error type, not a written `any`.
 */
export function callsUnseenCode(call: ts.CallExpression, checker: ts.TypeChecker): boolean {
  const callee = skipOuterExpressions(call.expression);
  const root = calleeRoot(callee);
  if (!root) return false;
  let param: ts.Declaration | undefined;
  let member: ts.Declaration | undefined;
  try {
    param = declarationOf(checker, root);
    if (!param || !ts.isParameter(param)) return false;
    if (param.type?.kind === ts.SyntaxKind.AnyKeyword) return true;
    if (!param.type) {
      const t = checker.getTypeAtLocation(root);
      if (t.flags & ts.TypeFlags.Any && (t as ts.Type & { intrinsicName?: string }).intrinsicName === 'any') return true;
    }
    if (!ts.isPropertyAccessExpression(callee)) return false;
    member = declarationOf(checker, callee.name);
  } catch {
    return false;
  }
  return !!member && (ts.isPropertySignature(member) || ts.isMethodSignature(member)) && !member.getSourceFile().isDeclarationFile;
}
