import ts from 'typescript';
import { DEFAULT_EXPORT } from '../flows/wrapper-guess';
import { isFunctionLikeWithBody, memberValue, returnedObjects, skipOuterExpressions } from '../ts-helpers';
import type { OriginTracer } from './call-origin';
import type { Origin } from './origin';

/**
 * Clients made in a file and used elsewhere (`export const logger = pino(…)`, `export default
 * api`): the names importers know them by, so the files that import them are brought in.
 */
export function exportedClientNames(sf: ts.SourceFile, tracer: OriginTracer, isSinkRoot: (root: Origin['root']) => boolean): string[] {
  const out: string[] = [];
  for (const [name, init] of exportedValues(sf)) {
    const origin = safeTrace(tracer, init);
    if (origin && isSinkRoot(origin.root)) out.push(name);
    // A context factory (`createContext() { return { stripe: new Stripe(k) } }`): its clients reach
    // handlers through the context, named by the factory or a type made from it. Such a factory is
    // named by a type (`typeof createContext`): only a function that is gets asked.
    else if (namedByType(sf, name) && holdsClients(init, tracer, isSinkRoot)) out.push(name, ...typesMadeFrom(sf, name));
    // A tRPC procedure builder over such a context (`protectedProcedure = t.procedure.use(…)`).
    else if (
      !ts.isFunctionDeclaration(init) &&
      BUILDER_WORDS.test(sf.text) &&
      objectHoldsClients(tracer.builderContext(init), tracer, isSinkRoot)
    )
      out.push(name);
  }
  return out;
}

const BUILDER_WORDS = /\.(?:procedure|router|context)\b/;

function namedByType(sf: ts.SourceFile, name: string): boolean {
  return name !== DEFAULT_EXPORT && /^[\w$]+$/.test(name) && new RegExp(`\\btypeof\\s+${name.replace(/\$/g, '\\$')}\\b`).test(sf.text);
}

/** A function that returns an object literal with a client in one of its properties. */
function holdsClients(
  init: ts.Expression | ts.FunctionDeclaration,
  tracer: OriginTracer,
  isSinkRoot: (root: Origin['root']) => boolean,
): boolean {
  const fn = ts.isFunctionDeclaration(init) ? init : skipOuterExpressions(init);
  return isFunctionLikeWithBody(fn) && returnedObjects(fn).some((o) => objectHoldsClients(o, tracer, isSinkRoot));
}

function objectHoldsClients(
  o: ts.ObjectLiteralExpression | undefined,
  tracer: OriginTracer,
  isSinkRoot: (root: Origin['root']) => boolean,
): boolean {
  for (const p of o?.properties ?? []) {
    const value = memberValue(p);
    if (!value) continue;
    let origin;
    try {
      origin = tracer.trace(value);
    } catch {
      origin = undefined;
    }
    if (origin && isSinkRoot(origin.root)) return true;
  }
  return false;
}

/** Exported type aliases of the file that name the value (`type Context = Awaited<ReturnType<typeof createContext>>`). */
function typesMadeFrom(sf: ts.SourceFile, name: string): string[] {
  const out: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isTypeAliasDeclaration(st) || !ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const names = (n: ts.Node): boolean =>
      (ts.isTypeQueryNode(n) && ts.isIdentifier(n.exprName) && n.exprName.text === name) ||
      !!ts.forEachChild(n, (c) => names(c) || undefined);
    if (names(st.type)) out.push(st.name.text);
  }
  return out;
}

/** Exported values of a file, by the name importers use (`*default*` for the default export). */
function exportedValues(sf: ts.SourceFile): Array<[string, ts.Expression | ts.FunctionDeclaration]> {
  const out: Array<[string, ts.Expression | ts.FunctionDeclaration]> = [];
  const locals = new Map<string, ts.Expression>();
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) {
      const exported = ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        locals.set(d.name.text, d.initializer);
        if (exported) out.push([d.name.text, d.initializer]);
      }
    } else if (
      ts.isFunctionDeclaration(st) &&
      st.name &&
      st.body &&
      ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    )
      out.push([st.name.text, st]);
    else if (ts.isExportAssignment(st)) out.push([DEFAULT_EXPORT, st.expression]);
    else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const e of st.exportClause.elements) {
        const init = locals.get((e.propertyName ?? e.name).text);
        if (init) out.push([e.name.text === 'default' ? DEFAULT_EXPORT : e.name.text, init]);
      }
    } else if (
      ts.isExpressionStatement(st) &&
      ts.isBinaryExpression(st.expression) &&
      st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
    ) {
      // module.exports = client; exports.client = client
      const left = st.expression.left.getText(sf);
      if (left === 'module.exports') out.push([DEFAULT_EXPORT, st.expression.right]);
      else if (/^(module\.)?exports\.\w+$/.test(left)) out.push([left.split('.').pop()!, st.expression.right]);
    }
  }
  return out;
}

// A client's origin is traced by a best effort: code the tracer cannot follow exports no client.
function safeTrace(tracer: OriginTracer, e: ts.Expression | ts.FunctionDeclaration) {
  try {
    return tracer.exportedClient(e);
  } catch {
    return undefined;
  }
}
