import ts from 'typescript';

export type FunctionLike =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

// The typescript module exposes its functions through getters: hot paths read kinds instead.
const FUNCTION_KINDS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

export function isFunctionLikeWithBody(node: ts.Node): node is FunctionLike {
  return FUNCTION_KINDS.has(node.kind) && (node as FunctionLike).body !== undefined;
}

const OUTER_KINDS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.ParenthesizedExpression,
  ts.SyntaxKind.AsExpression,
  ts.SyntaxKind.NonNullExpression,
  ts.SyntaxKind.TypeAssertionExpression,
  ts.SyntaxKind.SatisfiesExpression,
  ts.SyntaxKind.AwaitExpression,
]);

export function skipOuterExpressions(e: ts.Expression): ts.Expression {
  while (OUTER_KINDS.has(e.kind)) e = (e as ts.ParenthesizedExpression).expression;
  return e;
}

/** `ts.forEachChild` read once: every `ts.x` is a getter call. */
export const forEachChild = ts.forEachChild;

/** A static property name: identifiers, string literals, and computed constant keys. */
export function staticPropertyName(name: ts.PropertyName | ts.Expression | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text.replace(/^#/, '');
  if (ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) return staticPropertyName(name.expression);
  return undefined;
}

/** The name of the rightmost identifier in an expression: `this.api.client` → client. */
export function rightmostName(e: ts.Expression): string | undefined {
  e = skipOuterExpressions(e);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e)) return staticPropertyName(e.argumentExpression);
  if (ts.isCallExpression(e)) return rightmostName(e.expression);
  if (e.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  return undefined;
}

export interface Pos {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function nodeRange(node: ts.Node, sf: ts.SourceFile = node.getSourceFile()): Pos {
  const s = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  const e = sf.getLineAndCharacterOfPosition(node.getEnd());
  return { line: s.line, column: s.character, endLine: e.line, endColumn: e.character };
}

/** Short source text for messages: one line, at most `max` characters. */
export function shortText(node: ts.Node, max = 60): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/**
 * The `@tag text` lines of the `/** … *\/` comments directly above a declaration. Read from the
 * comment text, not the parsed JSDoc: TypeScript files are parsed without JSDoc, which makes
 * parsing about a third faster, and only these two tags are ever looked at.
 */
export function docTags(node: ts.Node): Array<{ name: string; text: string }> {
  const sf = node.getSourceFile();
  let at: ts.Node = node;
  // JSDoc of `const a = …` stands above the statement.
  if (ts.isVariableDeclaration(at) && ts.isVariableDeclarationList(at.parent) && at.parent.declarations[0] === at) at = at.parent.parent;
  const out: Array<{ name: string; text: string }> = [];
  for (const r of ts.getLeadingCommentRanges(sf.text, at.getFullStart()) ?? []) {
    if (r.kind !== ts.SyntaxKind.MultiLineCommentTrivia || sf.text[r.pos + 2] !== '*') continue;
    const body = sf.text.slice(r.pos + 3, r.end - 2);
    for (const m of body.matchAll(/(?:^|\s)@([A-Za-z][\w-]*)([^@\n]*)/g))
      out.push({ name: m[1]!, text: m[2]!.replace(/\*+\s*$/, '').trim() });
  }
  return out;
}

/** `/** @personal user.contact.email *\/` on a declaration. */
export function personalTag(decl: ts.Node): string | undefined {
  for (const tag of docTags(decl)) {
    if (tag.name !== 'personal') continue;
    const category = tag.text.split(/\s+/)[0];
    return category && /^user(\.[a-z_]+)*$/.test(category) ? category : 'user';
  }
  return undefined;
}

export function parameterIndex(p: ts.ParameterDeclaration): number {
  return (p.parent as ts.SignatureDeclaration).parameters.indexOf(p);
}

/** The expressions a function returns: an arrow's body, or every `return` not in a nested function. */
export function returnedExpressions(fn: FunctionLike): ts.Expression[] {
  const body = fn.body!;
  if (!ts.isBlock(body)) return [body];
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
    if (isFunctionLikeWithBody(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return out;
}

/** The object literals a function returns, through `await` (`return { stripe, db }`). */
export function returnedObjects(fn: FunctionLike): ts.ObjectLiteralExpression[] {
  const out: ts.ObjectLiteralExpression[] = [];
  for (const ret of returnedExpressions(fn)) {
    let x = skipOuterExpressions(ret);
    if (ts.isAwaitExpression(x)) x = skipOuterExpressions(x.expression);
    if (ts.isObjectLiteralExpression(x)) out.push(x);
  }
  return out;
}

/** What an object literal's member holds: `key: value`, or the variable a shorthand `key` names. */
export function memberValue(p: ts.ObjectLiteralElementLike): ts.Expression | undefined {
  return ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : undefined;
}

/** What an object literal holds under a key (`stripe: new Stripe(…)` or a shorthand `stripe`). */
export function propertyValue(o: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const p of o.properties) {
    if (ts.isPropertyAssignment(p) && staticPropertyName(p.name) === key) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

/**
 * The names of the functions, methods and classes around a node (`ChatWidget > useEffect(…)`):
 * how a finding says where it stands, and part of a memoised function's key, since an edit
 * around an unchanged function can change it.
 */
export function containerName(node: ts.Node): string {
  const names: string[] = [];
  for (let n: ts.Node | undefined = node.parent; n && !ts.isSourceFile(n); n = n.parent) {
    const named = n as ts.Node & { name?: ts.Node };
    if (
      (ts.isFunctionDeclaration(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isClassDeclaration(n) ||
        ts.isGetAccessor(n) ||
        ts.isSetAccessor(n)) &&
      named.name
    )
      names.unshift(named.name.getText());
    else if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent))
      names.unshift(n.parent.name.getText());
    else if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isCallExpression(n.parent))
      names.unshift(`${shortText(n.parent.expression, 40)}(…)`);
  }
  return names.join(' > ');
}
