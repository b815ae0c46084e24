import ts from 'typescript';
import { type FunctionLike, isFunctionLikeWithBody, skipOuterExpressions, staticPropertyName } from '../ts-helpers';
import { mayNameCodebaseFunction } from './program-names';
import { resolveIdentifier } from './symbols';

/**
 * Which codebase function a callee names: a declaration, `const f = () => …`, a method, an
 * import of either, or a function a hook or factory hands out in an object (`return { capture,
 * identify }`) that callers read through a member or destructure (`const { identify } =
 * useAnalytics()`). The one answer the data, origin and string evaluators share.
 */
export function calledFunction(checker: ts.TypeChecker, callee: ts.Expression): FunctionLike | undefined {
  const c = skipOuterExpressions(callee);
  // Resolving `x.name` makes the checker infer the type of `x`, which can mean checking whole
  // call chains (`db.select().from(t).where(…)`): not asked when no declaration in the program
  // could be the member.
  if (ts.isPropertyAccessExpression(c) && !mayNameCodebaseFunction(checker, c.name.text)) return undefined;
  let sym: ts.Symbol | undefined;
  try {
    sym = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(c) ? c.name : c);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  } catch {
    sym = undefined;
  }
  let fn: FunctionLike | undefined;
  try {
    fn = sym ? functionOfSymbol(checker, sym, 0) : undefined;
  } catch {
    fn = undefined;
  }
  return fn ?? (ts.isIdentifier(c) ? declaredFunction(checker, c) : undefined);
}

/** A name bound to a function, followed the way symbols.ts follows imports and `require`. */
function declaredFunction(checker: ts.TypeChecker, id: ts.Identifier): FunctionLike | undefined {
  const r = resolveIdentifier(checker, id);
  if (r.kind !== 'decl') return undefined;
  let fn: ts.Node = r.decl;
  if (ts.isVariableDeclaration(fn) && fn.initializer) fn = skipOuterExpressions(fn.initializer);
  return isFunctionLikeWithBody(fn) ? fn : undefined;
}

function functionOfSymbol(checker: ts.TypeChecker, sym: ts.Symbol, depth: number): FunctionLike | undefined {
  if (depth > 4) return undefined;
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  if (!decl || decl.getSourceFile().isDeclarationFile) return undefined;
  if (isFunctionLikeWithBody(decl)) return decl;
  const next = (s: ts.Symbol | undefined): FunctionLike | undefined => {
    if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    return s && s !== sym ? functionOfSymbol(checker, s, depth + 1) : undefined;
  };
  if (ts.isShorthandPropertyAssignment(decl)) return next(checker.getShorthandAssignmentValueSymbol(decl));
  if (
    ts.isBindingElement(decl) &&
    ts.isObjectBindingPattern(decl.parent) &&
    !decl.dotDotDotToken &&
    ts.isVariableDeclaration(decl.parent.parent) &&
    decl.parent.parent.initializer
  ) {
    const key = staticPropertyName(decl.propertyName ?? (ts.isIdentifier(decl.name) ? decl.name : undefined));
    const source = checker.getTypeAtLocation(decl.parent.parent.initializer);
    return key === undefined ? undefined : next(source.getProperty(key));
  }
  if ((ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl)) && decl.initializer) {
    const init = skipOuterExpressions(decl.initializer);
    if (isFunctionLikeWithBody(init)) return init;
    if (ts.isIdentifier(init)) return next(checker.getSymbolAtLocation(init));
  }
  return undefined;
}

/**
 * Whether a callee can name a function declared at the top of a module: a plain name can; a
 * member (`x.get`) only when `x` may be the module object or an object literal that holds it
 * (`import * as api`, `require('./api')`, `const api = { get }`), not when it is `this`, a
 * parameter, or a value something constructed or returned (`new Hono()`, `new Map()`, `useX()`).
 * Answered from declarations, without asking for any type.
 */
export function mayNameModuleFunction(checker: ts.TypeChecker, callee: ts.Expression): boolean {
  const c = skipOuterExpressions(callee);
  if (!ts.isPropertyAccessExpression(c) && !ts.isElementAccessExpression(c)) return true;
  let root: ts.Expression = c.expression;
  while (true) {
    const r = skipOuterExpressions(root);
    if (ts.isPropertyAccessExpression(r) || ts.isElementAccessExpression(r)) root = r.expression;
    else {
      root = r;
      break;
    }
  }
  if (!ts.isIdentifier(root)) return false;
  let sym: ts.Symbol | undefined;
  try {
    sym = checker.getSymbolAtLocation(root);
  } catch {
    return true;
  }
  const decls = sym?.declarations;
  if (!decls?.length) return true;
  return decls.some((d) => {
    if (ts.isImportClause(d) || ts.isNamespaceImport(d) || ts.isImportSpecifier(d) || ts.isImportEqualsDeclaration(d)) return true;
    if (ts.isModuleDeclaration(d) || ts.isNamespaceExport(d) || ts.isExportSpecifier(d)) return true;
    let v: ts.Node = d;
    while (ts.isBindingElement(v)) v = v.parent.parent;
    if (!ts.isVariableDeclaration(v)) return false;
    if (!v.initializer) return true;
    let init = skipOuterExpressions(v.initializer);
    if (ts.isAwaitExpression(init)) init = skipOuterExpressions(init.expression);
    if (ts.isObjectLiteralExpression(init) || ts.isIdentifier(init) || ts.isPropertyAccessExpression(init)) return true;
    return (
      ts.isCallExpression(init) &&
      (init.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(init.expression) && init.expression.text === 'require'))
    );
  });
}
