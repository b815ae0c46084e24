import ts from 'typescript';
import type { Unit } from '../incremental/unit-memo';
import { forEachChild, type FunctionLike, isFunctionLikeWithBody, rightmostName, skipOuterExpressions } from '../ts-helpers';

const CALL = ts.SyntaxKind.CallExpression;

// Per top-level statement: the incremental parser hands back the very same node for a
// statement an edit did not touch, so the editor walks only the statements that changed.
const statementUnits = new WeakMap<ts.Node, { units: FunctionLike[]; callees: string[] }>();

/**
 * The units a file's analysis walks: its functions and its top level (inline callbacks belong to
 * the function they are written in). Adds the names of everything the file calls to `calleeNames`.
 */
export function unitsOf(sf: ts.SourceFile, calleeNames: Set<string>): Unit[] {
  const units: Unit[] = [sf];
  for (const st of sf.statements) {
    let found = statementUnits.get(st);
    if (!found) {
      const own: { units: FunctionLike[]; callees: Set<string> } = { units: [], callees: new Set() };
      // One walk for both: the names of everything called here, too.
      const visit = (n: ts.Node): void => {
        if (n.kind === CALL) {
          const name = rightmostName((n as ts.CallExpression).expression);
          if (name) own.callees.add(name);
        } else if (isFunctionLikeWithBody(n) && !isInlineCallback(n)) own.units.push(n);
        forEachChild(n, visit);
      };
      visit(st);
      statementUnits.set(st, (found = { units: own.units, callees: [...own.callees] }));
    }
    units.push(...found.units);
    for (const c of found.callees) calleeNames.add(c);
  }
  return units;
}

/** The names callers use for a function: its own, its method's, its variable's, its class's. */
export function unitNames(u: ts.Node): string[] {
  const out: string[] = [];
  for (let n: ts.Node | undefined = u; n && !ts.isSourceFile(n); n = n.parent) {
    const named = (n as ts.Node & { name?: ts.Node }).name;
    // `#send` too: a class's private methods are called by that name (`this.#send(…)`).
    if (named && (ts.isIdentifier(named) || ts.isStringLiteral(named) || ts.isPrivateIdentifier(named))) out.push(named.text);
  }
  return out;
}

/**
 * A function declared at the top of its module (`export async function get`, `export const get =
 * () => …`): reached by its name, or as a member of the module object only. Every other function
 * (a method, an object's property, a function a hook hands out) is reached as a member of a value.
 */
export function isModuleLevelFunction(u: ts.Node): boolean {
  if (ts.isFunctionDeclaration(u)) return ts.isSourceFile(u.parent);
  const p = holderOf(u);
  return !!p && ts.isVariableDeclaration(p) && ts.isVariableStatement(p.parent.parent) && ts.isSourceFile(p.parent.parent.parent);
}

/** What a function expression stands in, past parentheses and type assertions (`const f = (async () => …) as Handler`). */
function holderOf(u: ts.Node): ts.Node | undefined {
  let p = u.parent;
  while (p && (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p))) p = p.parent;
  return p;
}

/**
 * Whether calls of `x.name(…)` can reach the function: a method, an object's property, and a
 * function a hook or factory hands out in an object (`return { track }`) can be; a function
 * kept in a local variable that no object takes in (`const handleSubmit = async () => …` in a
 * component, called as `handleSubmit()`) cannot, and `form.handleSubmit(…)` then needs no look
 * at the type of `form`.
 */
export function isReachableAsMember(u: ts.Node): boolean {
  if (isModuleLevelFunction(u)) return false;
  const p = holderOf(u);
  const local = ts.isFunctionDeclaration(u) ? u.name : p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) ? p.name : undefined;
  const scope = local && enclosingBody(local);
  if (!local || !scope) return true;
  const name = local.text;
  let escapes = false;
  const visit = (n: ts.Node): void => {
    if (escapes) return;
    if (ts.isShorthandPropertyAssignment(n) && n.name.text === name) escapes = true;
    else if ((ts.isPropertyAssignment(n) || ts.isPropertyDeclaration(n)) && n.initializer && isNamed(n.initializer, name)) escapes = true;
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && isNamed(n.right, name)) escapes = true;
    else forEachChild(n, visit);
  };
  visit(scope);
  return escapes;
}

/** The block of the function a declaration stands in; undefined at a module's top or in a class. */
function enclosingBody(n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (ts.isSourceFile(p) || ts.isClassLike(p) || ts.isModuleBlock(p)) return undefined;
    if (isFunctionLikeWithBody(p)) return p.body;
  }
  return undefined;
}

function isNamed(e: ts.Expression, name: string): boolean {
  const x = skipOuterExpressions(e);
  return ts.isIdentifier(x) && x.text === name;
}

/** The key under which a function counts as callable as a member (`x.name(…)`), beside its plain name. */
export function memberKey(name: string): string {
  return `.${name}`;
}

/** The plain name behind a key (`.get` → `get`). */
export function nameOfKey(key: string): string {
  return key.startsWith('.') ? key.slice(1) : key;
}

export function isDefaultExport(u: ts.Node): boolean {
  let n: ts.Node = u;
  while (n.parent && !ts.isSourceFile(n.parent)) n = n.parent;
  if (ts.isExportAssignment(n)) return true;
  const mods = ts.canHaveModifiers(n) ? ts.getModifiers(n) : undefined;
  return !!mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) || /\bmodule\.exports\s*=/.test(n.getText());
}

/**
 * The other names functions are called by: `import x from` and `require` (of a default export),
 * `import { a as b }`, `export { default as c } from`. Keyed by the original name.
 */
export function importAliasesOf(files: readonly ts.SourceFile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (original: string, local: string) => {
    const list = out.get(original) ?? [];
    if (!list.includes(local)) list.push(local);
    out.set(original, list);
  };
  for (const sf of files)
    for (const st of sf.statements) {
      if (ts.isImportDeclaration(st) && st.importClause) {
        if (st.importClause.name) add('default', st.importClause.name.text);
        const b = st.importClause.namedBindings;
        if (b && ts.isNamedImports(b)) for (const e of b.elements) if (e.propertyName) add(e.propertyName.text, e.name.text);
      } else if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const e of st.exportClause.elements) if (e.propertyName) add(e.propertyName.text, e.name.text);
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.initializer && /^require\(/.test(d.initializer.getText(sf))) add('default', d.name.text);
      }
    }
  // A default export re-exported under a name is imported by that name too.
  for (const [original, locals] of [...out])
    if (original === 'default') for (const l of locals) for (const again of out.get(l) ?? []) add('default', again);
  return out;
}

function isInlineCallback(fn: ts.Node): boolean {
  let p = fn.parent;
  while (p && (ts.isParenthesizedExpression(p) || ts.isAsExpression(p))) p = p.parent;
  return !!p && (ts.isCallExpression(p) || ts.isNewExpression(p)) && (p.arguments ?? []).some((a) => skipParens(a) === fn);
}

function skipParens(e: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return e;
}
