import ts from 'typescript';
import { moduleOfImport, resolveSymbol, specifierNamesCodebase } from '../values/symbols';
import { type Origin, type Step, TYPED_CALL, TYPED_NEW } from './origin';

/**
 * Clients known by their declared type: `constructor(private stripe: Stripe)`,
 * `function notify(client: WebClient)`, `let resend: Resend | null`, `Promise<PostHog>`.
 * Packages are never loaded, so a type is read from its syntax and the import that names it:
 * a type imported from a package stands for an instance of that package's export. The
 * checker is asked only when the file's own imports do not name the type (an alias declared
 * in another file, a re-export).
 */

/** Types named by a client library whose instances are not made with `new`. */
const FACTORY_TYPES: Record<string, Record<string, Step[]>> = {
  axios: { AxiosInstance: [{ k: 'prop', name: 'create' }, TYPED_CALL], AxiosStatic: [] },
  redaxios: { AxiosInstance: [{ k: 'prop', name: 'create' }, TYPED_CALL] },
  got: { Got: [{ k: 'prop', name: 'extend' }, TYPED_CALL] },
  ky: { KyInstance: [{ k: 'prop', name: 'create' }, TYPED_CALL] },
  ofetch: { $Fetch: [{ k: 'prop', name: 'create' }, TYPED_CALL] },
};

/** Browser globals whose type names a client: `ws: WebSocket`. */
const GLOBAL_TYPES = new Set(['WebSocket', 'XMLHttpRequest']);

/** Types that only say a value may be missing. */
const EMPTY_KINDS = new Set([
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.UndefinedKeyword,
  ts.SyntaxKind.VoidKeyword,
  ts.SyntaxKind.NeverKeyword,
]);

export interface TypeContext {
  checker: ts.TypeChecker;
  /** `typeof client`: the origin of the value the type query names. */
  traceValue(id: ts.Identifier, depth: number): Origin | null;
  /** `ReturnType<typeof makeClient>`: the origin of what calling it gives. */
  traceCallOf(id: ts.Identifier, depth: number): Origin | null;
}

const importsBySource = new WeakMap<ts.SourceFile, Map<string, { module: string; importName: string; spec: ts.StringLiteral }>>();

/** The file's imports of packages by local name, types included (`import type { X }`). */
function packageImports(sf: ts.SourceFile): Map<string, { module: string; importName: string; spec: ts.StringLiteral }> {
  let m = importsBySource.get(sf);
  if (m) return m;
  m = new Map();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const spec = st.moduleSpecifier;
    const module = spec.text;
    if (module.startsWith('.') || module.startsWith('/')) continue;
    const c = st.importClause;
    if (!c) continue;
    if (c.name) m.set(c.name.text, { module, importName: 'default', spec });
    const b = c.namedBindings;
    if (b && ts.isNamespaceImport(b)) m.set(b.name.text, { module, importName: '*', spec });
    if (b && ts.isNamedImports(b))
      for (const el of b.elements) m.set(el.name.text, { module, importName: (el.propertyName ?? el.name).text, spec });
  }
  importsBySource.set(sf, m);
  return m;
}

/** The origin of a value whose declared type is `type`, or null when the type names no client. */
export function originOfType(type: ts.TypeNode | undefined, ctx: TypeContext, depth = 0): Origin | null {
  // One depth for the tracer and the types it reads: `let a: typeof b` chains stay bounded.
  if (!type || depth > 24) return null;
  if (ts.isParenthesizedTypeNode(type)) return originOfType(type.type, ctx, depth + 1);
  if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) {
    for (const t of type.types) {
      if (EMPTY_KINDS.has(t.kind) || (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword)) continue;
      const o = originOfType(t, ctx, depth + 1);
      if (o) return o;
    }
    return null;
  }
  if (ts.isTypeQueryNode(type)) return ts.isIdentifier(type.exprName) ? ctx.traceValue(type.exprName, depth) : null;
  if (ts.isImportTypeNode(type)) {
    const arg = type.argument;
    if (!ts.isLiteralTypeNode(arg) || !ts.isStringLiteral(arg.literal)) return null;
    const names = type.qualifier ? entityNames(type.qualifier) : [];
    return instanceOf(arg.literal.text, names);
  }
  if (!ts.isTypeReferenceNode(type)) return null;
  const names = entityNames(type.typeName);
  const head = names[0]!;
  const arg0 = type.typeArguments?.[0];
  if (names.length === 1 && head === 'ReturnType' && arg0 && ts.isTypeQueryNode(arg0) && ts.isIdentifier(arg0.exprName))
    return ctx.traceCallOf(arg0.exprName, depth);
  const imported = packageImports(type.getSourceFile()).get(head);
  // A workspace package of the codebase is read like a relative import (it may re-export an SDK).
  if (imported && !specifierNamesCodebase(ctx.checker, imported.spec))
    return instanceOf(imported.module, importPath(imported.importName, names.slice(1)));
  const viaChecker = resolveTypeName(type, names, ctx, depth);
  if (viaChecker !== undefined) return viaChecker;
  // A wrapper of the client: Promise<Stripe>, Ref<PostHog | null>, Map<string, WebClient>.
  for (const arg of type.typeArguments ?? []) {
    const o = originOfType(arg, ctx, depth + 1);
    if (o) return o;
  }
  return null;
}

/**
 * Asks the checker what a type name the file does not import stands for: an import
 * followed through re-exports, a type alias of the codebase (read in turn), or a browser
 * global. `undefined` when it names something else (a class or interface of the codebase,
 * a type parameter): its type arguments may still name a client.
 */
function resolveTypeName(type: ts.TypeReferenceNode, names: string[], ctx: TypeContext, depth: number): Origin | null | undefined {
  const left = leftmost(type.typeName);
  let sym: ts.Symbol | undefined;
  try {
    sym = ctx.checker.getSymbolAtLocation(left);
  } catch {
    sym = undefined;
  }
  if (!sym)
    return names.length === 1 && GLOBAL_TYPES.has(names[0]!)
      ? { root: { kind: 'global', name: names[0]! }, steps: [TYPED_NEW] }
      : undefined;
  if (sym.flags & ts.SymbolFlags.Alias) {
    const r = resolveSymbol(ctx.checker, sym);
    if (r.kind === 'external') return instanceOf(r.module, importPath(r.importName, names.slice(1)));
    if (r.kind === 'decl' && names.length === 1 && ts.isTypeAliasDeclaration(r.decl)) return originOfType(r.decl.type, ctx, depth + 1);
    if (r.kind === 'decl' && ts.isImportSpecifier(r.decl)) {
      const imp = moduleOfImport(r.decl);
      if (imp) return instanceOf(imp.module, importPath(imp.importName, names.slice(1)));
    }
    return undefined;
  }
  const decl = sym.declarations?.[0];
  if (!decl) return undefined;
  if (decl.getSourceFile().isDeclarationFile)
    return names.length === 1 && GLOBAL_TYPES.has(names[0]!)
      ? { root: { kind: 'global', name: names[0]! }, steps: [TYPED_NEW] }
      : undefined;
  if (names.length === 1 && ts.isTypeAliasDeclaration(decl)) return originOfType(decl.type, ctx, depth + 1);
  return undefined;
}

function importPath(importName: string, rest: string[]): string[] {
  return importName === 'default' || importName === '*' ? rest : [importName, ...rest];
}

/** An instance of the export `names` of `module` (the module itself when empty). */
function instanceOf(module: string, names: string[]): Origin {
  const base = module.replace(/^node:/, '');
  const last = names[names.length - 1];
  const factory = names.length === 1 && last ? FACTORY_TYPES[base]?.[last] : undefined;
  if (factory) return { root: { kind: 'module', module }, steps: [...factory] };
  return { root: { kind: 'module', module }, steps: [...names.map((name): Step => ({ k: 'prop', name })), TYPED_NEW] };
}

function entityNames(n: ts.EntityName): string[] {
  return ts.isIdentifier(n) ? [n.text] : [...entityNames(n.left), n.right.text];
}

function leftmost(n: ts.EntityName): ts.Identifier {
  return ts.isIdentifier(n) ? n : leftmost(n.left);
}
