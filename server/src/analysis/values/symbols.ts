import ts from 'typescript';

/**
 * Resolves an identifier to the declaration that gives it its value, following imports into
 * the codebase. Returns `external` for imports of packages (their modules are never loaded).
 */
export type Resolved =
  | { kind: 'decl'; decl: ts.Declaration; symbol: ts.Symbol }
  | { kind: 'external'; module: string; importName: string | 'default' | '*' }
  | { kind: 'global'; name: string }
  | { kind: 'none' };

export function moduleOfImport(decl: ts.Declaration): { module: string; importName: string } | undefined {
  // import x from 'm' / import { a as b } from 'm' / import * as ns from 'm' / import x = require('m')
  let node: ts.Node = decl;
  let importName: string | undefined;
  if (ts.isImportSpecifier(node)) {
    importName = (node.propertyName ?? node.name).text;
    node = node.parent.parent.parent;
  } else if (ts.isNamespaceImport(node)) {
    importName = '*';
    node = node.parent.parent;
  } else if (ts.isImportClause(node)) {
    importName = 'default';
    node = node.parent;
  } else if (ts.isVariableDeclaration(node) && node.initializer) {
    // In JavaScript, `const x = require('m')` is an alias of the module.
    const mod = requiredModule(node.initializer);
    return mod ? { module: mod, importName: '*' } : undefined;
  } else if (ts.isBindingElement(node) && ts.isVariableDeclaration(node.parent.parent) && node.parent.parent.initializer) {
    const mod = requiredModule(node.parent.parent.initializer);
    const key = node.propertyName ?? node.name;
    return mod && ts.isIdentifier(key) ? { module: mod, importName: key.text } : undefined;
  } else if (ts.isImportEqualsDeclaration(node)) {
    const ref = node.moduleReference;
    if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) return { module: ref.expression.text, importName: '*' };
    return undefined;
  }
  if (importName && ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
    return { module: node.moduleSpecifier.text, importName };
  }
  return undefined;
}

export function resolveIdentifier(checker: ts.TypeChecker, id: ts.Identifier): Resolved {
  let symbol: ts.Symbol | undefined;
  try {
    symbol =
      ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id
        ? checker.getShorthandAssignmentValueSymbol(id.parent)
        : checker.getSymbolAtLocation(id);
  } catch {
    return { kind: 'none' };
  }
  if (!symbol) return { kind: 'global', name: id.text };
  return resolveSymbol(checker, symbol);
}

export function resolveSymbol(checker: ts.TypeChecker, symbol: ts.Symbol): Resolved {
  const own = symbol.declarations?.[0];
  if (symbol.flags & ts.SymbolFlags.Alias) {
    // Follow re-exports step by step: `export { amplitude } from './setup'`, where setup.ts
    // has `import * as amplitude from '@amplitude/analytics-browser'`.
    let cur: ts.Symbol | undefined = symbol;
    for (let i = 0; i < 12 && cur && cur.flags & ts.SymbolFlags.Alias; i++) {
      const d = cur.declarations?.[0];
      const reexported = d ? packageReexport(checker, d) : undefined;
      if (reexported) return { kind: 'external', ...reexported };
      const imp = d ? moduleOfImport(d) : undefined;
      if (imp && !imp.module.startsWith('.') && !imp.module.startsWith('/') && !importsCodebaseModule(checker, d!)) {
        let target: ts.Symbol | undefined;
        try {
          target = checker.getAliasedSymbol(cur);
        } catch {
          target = undefined;
        }
        const td = target?.valueDeclaration ?? target?.declarations?.[0];
        if (!td || td.getSourceFile().isDeclarationFile) return { kind: 'external', ...imp };
        break;
      }
      try {
        cur = checker.getImmediateAliasedSymbol(cur);
      } catch {
        cur = undefined;
      }
    }
    let target: ts.Symbol | undefined;
    try {
      target = checker.getAliasedSymbol(symbol);
    } catch {
      target = undefined;
    }
    const targetDecl = target?.valueDeclaration ?? target?.declarations?.[0];
    if (target && targetDecl && !targetDecl.getSourceFile().isDeclarationFile && !(target.flags & ts.SymbolFlags.Alias)) {
      // Module namespace (`import * as api from './api'`): the source file itself.
      return { kind: 'decl', decl: targetDecl, symbol: target };
    }
    if (own) {
      const imp = moduleOfImport(own);
      const viaStar = imp && importsCodebaseModule(checker, own) ? starReexportOf(checker, own, imp.importName) : undefined;
      if (viaStar) return { kind: 'external', ...viaStar };
      if (imp) return { kind: 'external', ...imp };
    }
    return { kind: 'none' };
  }
  const decl = symbol.valueDeclaration ?? own;
  if (!decl) return { kind: 'none' };
  if (decl.getSourceFile().isDeclarationFile) return { kind: 'global', name: symbol.name };
  return dynamicImportBinding(checker, decl) ?? { kind: 'decl', decl, symbol };
}

/** The string naming the module an import or `export … from` declaration reads. */
function moduleSpecifierOf(decl: ts.Declaration): ts.StringLiteral | undefined {
  let n: ts.Node | undefined = decl;
  for (let i = 0; i < 4 && n; i++, n = n.parent) {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier))
      return n.moduleSpecifier;
  }
  return undefined;
}

/**
 * Whether a package import resolves to source of the codebase: a workspace package of a
 * monorepo (`@acme/analytics/server` → packages/analytics/src/server.ts) is followed like a
 * relative import, since what it exports may be a vendor SDK's class it re-exports.
 */
function importsCodebaseModule(checker: ts.TypeChecker, decl: ts.Declaration): boolean {
  const spec = moduleSpecifierOf(decl);
  return !!spec && specifierNamesCodebase(checker, spec);
}

export function specifierNamesCodebase(checker: ts.TypeChecker, spec: ts.StringLiteral): boolean {
  let mod: ts.Symbol | undefined;
  try {
    mod = checker.getSymbolAtLocation(spec);
  } catch {
    return false;
  }
  const file = mod?.valueDeclaration ?? mod?.declarations?.[0];
  return !!file && ts.isSourceFile(file) && !file.isDeclarationFile;
}

/** `export { PostHog } from 'posthog-node'` in the codebase: that package's export. */
function packageReexport(checker: ts.TypeChecker, decl: ts.Declaration): { module: string; importName: string } | undefined {
  if (!ts.isExportSpecifier(decl)) return undefined;
  const spec = moduleSpecifierOf(decl);
  if (!spec || spec.text.startsWith('.') || spec.text.startsWith('/') || importsCodebaseModule(checker, decl)) return undefined;
  return { module: spec.text, importName: (decl.propertyName ?? decl.name).text };
}

/**
 * An import of a codebase module whose name the checker cannot find, because it comes from
 * `export * from 'posthog-node'` of a package that is not installed: that package's export,
 * when exactly one package is re-exported whole.
 */
function starReexportOf(
  checker: ts.TypeChecker,
  importDecl: ts.Declaration,
  importName: string,
): { module: string; importName: string } | undefined {
  if (importName === '*' || importName === 'default') return undefined;
  const spec = moduleSpecifierOf(importDecl);
  let mod: ts.Symbol | undefined;
  try {
    mod = spec ? checker.getSymbolAtLocation(spec) : undefined;
  } catch {
    return undefined;
  }
  const file = mod?.valueDeclaration;
  if (!file || !ts.isSourceFile(file)) return undefined;
  const packages: string[] = [];
  for (const st of file.statements) {
    if (!ts.isExportDeclaration(st) || st.exportClause || st.isTypeOnly || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier))
      continue;
    const m = st.moduleSpecifier.text;
    if (!m.startsWith('.') && !m.startsWith('/')) packages.push(m);
  }
  return packages.length === 1 ? { module: packages[0]!, importName } : undefined;
}

/**
 * `const { sendReceipt } = await import('./mail.mjs')`: the export of that module, as a static
 * import would name it; `await import('resend')` names the package's export.
 */
function dynamicImportBinding(checker: ts.TypeChecker, decl: ts.Declaration): Resolved | undefined {
  if (!ts.isBindingElement(decl) || !ts.isObjectBindingPattern(decl.parent)) return undefined;
  const holder = decl.parent.parent;
  if (!ts.isVariableDeclaration(holder) || !holder.initializer) return undefined;
  let init: ts.Expression = holder.initializer;
  while (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
  if (!ts.isCallExpression(init) || init.expression.kind !== ts.SyntaxKind.ImportKeyword) return undefined;
  const spec = init.arguments[0];
  const key = decl.propertyName ?? decl.name;
  if (!spec || !ts.isStringLiteralLike(spec) || !ts.isIdentifier(key)) return undefined;
  if (!spec.text.startsWith('.') && !spec.text.startsWith('/')) return { kind: 'external', module: spec.text, importName: key.text };
  let target: ts.Symbol | undefined;
  try {
    const mod = checker.getSymbolAtLocation(spec);
    target = mod ? checker.getExportsOfModule(mod).find((e) => e.name === key.text) : undefined;
    if (target && target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
  } catch {
    return undefined;
  }
  const d = target?.valueDeclaration ?? target?.declarations?.[0];
  return target && d && !d.getSourceFile().isDeclarationFile ? { kind: 'decl', decl: d, symbol: target } : undefined;
}

/** `require('m')` */
export function requiredModule(e: ts.Expression): string | undefined {
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'require' && e.arguments.length === 1) {
    const a = e.arguments[0]!;
    if (ts.isStringLiteralLike(a)) return a.text;
  }
  return undefined;
}

/** The class that declares a member, for `this.x` lookups. */
export function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  let n: ts.Node | undefined = node.parent;
  while (n) {
    if (ts.isClassDeclaration(n) || ts.isClassExpression(n)) return n;
    n = n.parent;
  }
  return undefined;
}
