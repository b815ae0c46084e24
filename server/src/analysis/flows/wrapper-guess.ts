import ts from 'typescript';
import { type FunctionLike, isFunctionLikeWithBody, rightmostName } from '../ts-helpers';
import { scriptKindOf } from '../workspace/source-kinds';

/** The name importers use for a default export. */
export const DEFAULT_EXPORT = '*default*';

/**
 * How the look-ahead gets a file's tree: the engine hands in its parse cache, so that a caller
 * parsed here is the very tree the next round's program uses. Undefined: not from there (a file
 * the program parses as empty); the file is then parsed on its own.
 */
export type ParseFile = (fileName: string, text: string) => ts.SourceFile | undefined;

function parseAlone(fileName: string, text: string): ts.SourceFile | undefined {
  try {
    return ts.createSourceFile(
      fileName,
      text,
      { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
      true,
      scriptKindOf(fileName),
    );
  } catch (e) {
    if (e instanceof RangeError) return undefined; // nesting that exhausts the parser's stack
    throw e;
  }
}

/**
 * Functions of a file that call one of `names` (wrappers of another file) and pass along
 * something of their own — a parameter, a local, `this` — so that they are likely wrappers
 * too: the names their callers know them by. A cheap, syntactic look-ahead for the focused
 * analysis, which brings a whole chain of wrapper files in at once instead of one file per
 * round; what it guesses wrong costs only analysing a file more, the analysis decides.
 */
export function likelyWrapperNames(fileName: string, text: string, names: ReadonlySet<string>, parse?: ParseFile): Set<string> {
  const out = new Set<string>();
  const sf = parse?.(fileName, text) ?? parseAlone(fileName, text);
  if (!sf) return out;
  const wanted = new Set(names);
  // The callee file's default export is called by whatever name this file imports it as.
  if (names.has(DEFAULT_EXPORT))
    for (const st of sf.statements) if (ts.isImportDeclaration(st) && st.importClause?.name) wanted.add(st.importClause.name.text);
  const passing = passingCallsOf(sf);
  if (!passing) return guessByWalking(sf, wanted);
  for (const { fn, callees } of passing) {
    if (![...callees].some((c) => wanted.has(c))) continue;
    for (const n of namesOf(fn, sf)) out.add(n);
  }
  return out;
}

/** A function of a file, and the names it calls with something of its own in the arguments. */
interface PassingCalls {
  fn: FunctionLike;
  callees: ReadonlySet<string>;
}

// A caller that calls into several wrapper files is asked once per file: its functions are
// walked once (per parsed tree), and each question is a lookup in what the walk recorded.
const passingByTree = new WeakMap<ts.SourceFile, PassingCalls[] | null>();

/**
 * What each function of the file passes on, by callee name; which names are wanted does not
 * change what a function counts as its own at a call, so the answer serves every question.
 * Null when the walk exhausts the stack: the question is then answered by the walk that stops
 * at the first wanted call, as far as it gets.
 */
function passingCallsOf(sf: ts.SourceFile): PassingCalls[] | null {
  let found = passingByTree.get(sf);
  if (found !== undefined) return found;
  const list: PassingCalls[] = [];
  const visitFunction = (fn: FunctionLike) => {
    const own = new Set<string>();
    for (const p of fn.parameters) bindingNames(p.name, own);
    const callees = new Set<string>();
    const visit = (n: ts.Node): void => {
      if (isFunctionLikeWithBody(n) && !isInlineCallback(n)) return; // its own function
      if (ts.isVariableDeclaration(n)) bindingNames(n.name, own);
      else if (isFunctionLikeWithBody(n)) for (const p of n.parameters) bindingNames(p.name, own);
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
        const name = rightmostName(n.expression);
        if (name && !callees.has(name) && (n.arguments ?? []).some((a) => mentionsOwn(a, own))) callees.add(name);
      }
      ts.forEachChild(n, visit);
    };
    if (fn.body) ts.forEachChild(fn.body, visit);
    if (callees.size) list.push({ fn, callees });
  };
  const walk = (n: ts.Node): void => {
    if (isFunctionLikeWithBody(n) && !isInlineCallback(n)) visitFunction(n);
    ts.forEachChild(n, walk);
  };
  try {
    walk(sf);
    found = list;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    found = null;
  }
  passingByTree.set(sf, found);
  return found;
}

/** The look-ahead for one question, stopping in each function at its first wanted call. */
function guessByWalking(sf: ts.SourceFile, wanted: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const visitFunction = (fn: FunctionLike) => {
    const own = new Set<string>();
    for (const p of fn.parameters) bindingNames(p.name, own);
    let passes = false;
    const visit = (n: ts.Node): void => {
      if (passes) return;
      if (isFunctionLikeWithBody(n) && !isInlineCallback(n)) return; // its own function
      if (ts.isVariableDeclaration(n)) bindingNames(n.name, own);
      else if (isFunctionLikeWithBody(n)) for (const p of n.parameters) bindingNames(p.name, own);
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
        const name = rightmostName(n.expression);
        if (name && wanted.has(name) && (n.arguments ?? []).some((a) => mentionsOwn(a, own))) passes = true;
      }
      ts.forEachChild(n, visit);
    };
    if (fn.body) ts.forEachChild(fn.body, visit);
    if (!passes) return;
    for (const n of namesOf(fn, sf)) out.add(n);
  };
  const walk = (n: ts.Node): void => {
    if (isFunctionLikeWithBody(n) && !isInlineCallback(n)) visitFunction(n);
    ts.forEachChild(n, walk);
  };
  try {
    walk(sf);
  } catch (e) {
    // Nesting deep enough to exhaust the stack: no guess; the analysis itself still decides.
    if (!(e instanceof RangeError)) throw e;
  }
  return out;
}

function isInlineCallback(fn: ts.Node): boolean {
  let child = fn;
  let p = fn.parent;
  while (p && (ts.isParenthesizedExpression(p) || ts.isAsExpression(p))) {
    child = p;
    p = p.parent;
  }
  return !!p && (ts.isCallExpression(p) || ts.isNewExpression(p)) && (p.arguments ?? []).some((a) => a === child);
}

function bindingNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) into.add(name.text);
  else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bindingNames(e.name, into);
}

function mentionsOwn(e: ts.Node, own: ReadonlySet<string>): boolean {
  if (e.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isIdentifier(e)) return own.has(e.text);
  // `{ email }`: a shorthand property names the local it reads.
  if (ts.isShorthandPropertyAssignment(e)) return own.has(e.name.text);
  // In `a.b`, only `a` is a variable.
  if (ts.isPropertyAccessExpression(e)) return mentionsOwn(e.expression, own);
  if (ts.isPropertyAssignment(e)) return mentionsOwn(e.initializer, own);
  return !!ts.forEachChild(e, (c) => mentionsOwn(c, own) || undefined);
}

/** The function's own name, its variable's or property's, its class's; DEFAULT_EXPORT when default-exported. */
function namesOf(fn: ts.Node, sf: ts.SourceFile): string[] {
  const out: string[] = [];
  let top: ts.Node = fn;
  for (let n: ts.Node | undefined = fn; n && !ts.isSourceFile(n); n = n.parent) {
    const named = (n as ts.Node & { name?: ts.Node }).name;
    if (named && (ts.isIdentifier(named) || ts.isStringLiteral(named))) out.push(named.text);
    top = n;
  }
  const mods = ts.canHaveModifiers(top) ? ts.getModifiers(top) : undefined;
  if (ts.isExportAssignment(top) || mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) out.push(DEFAULT_EXPORT);
  else if (ts.isExpressionStatement(top) && /^\s*module\.exports\s*=/.test(top.getText(sf))) out.push(DEFAULT_EXPORT);
  return out.filter((n) => n === DEFAULT_EXPORT || /^[A-Za-z_$][\w$]*$/.test(n));
}
