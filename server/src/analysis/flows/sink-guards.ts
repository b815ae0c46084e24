import ts from 'typescript';
import { type FunctionLike, isFunctionLikeWithBody, skipOuterExpressions } from '../ts-helpers';

/**
 * A sink reached only when a field of a parameter is truthy: `if (options?.sendEmail) …`,
 * `const sendEmail = options?.sendEmail ?? false; if (sendEmail && …) …`, or
 * `if (!opts.notify) return;` before it. A caller that passes `false` there, or leaves the
 * flag out, never reaches the sink.
 */
export interface ParamGuard {
  index: number;
  path: readonly string[];
  /**
   * Instead of truthy: the field must (`equal`) or must not equal a string, as in
   * `if (payload.matchType === 'auto_matched') return;` before the sink.
   */
  literal?: { value: string; equal: boolean };
}

const MAX_DEPTH = 6;

/** The parameter fields that must be truthy for `site` to run, as far as plain flags tell. */
export function guardsOf(site: ts.Node, fn: FunctionLike): ParamGuard[] {
  const out: ParamGuard[] = [];
  let child: ts.Node = site;
  for (let n = site.parent; n && n !== fn; child = n, n = n.parent) {
    if (isFunctionLikeWithBody(n)) return out; // a callback: runs whenever it is called
    if (ts.isIfStatement(n) && child === n.thenStatement) out.push(...conjunctGuards(n.expression, fn, false));
    if (ts.isIfStatement(n) && child === n.elseStatement) out.push(...conjunctGuards(n.expression, fn, true));
    if (ts.isBlock(n))
      for (const s of n.statements) {
        if (s === child) break;
        // `if (!options?.sendEmail) return;`: what follows runs only with the flag set.
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) out.push(...conjunctGuards(s.expression, fn, true));
      }
  }
  return out;
}

function exits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  return ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]!);
}

/** Terms that must all be truthy (or, `negated`, whose negation must be): `a && b`, `!(a || b)`. */
function conjunctGuards(cond: ts.Expression, fn: FunctionLike, negated: boolean): ParamGuard[] {
  const e = skipOuterExpressions(cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return conjunctGuards(e.operand, fn, !negated);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && !negated) || (op === ts.SyntaxKind.BarBarToken && negated))
      return [...conjunctGuards(e.left, fn, negated), ...conjunctGuards(e.right, fn, negated)];
    const lit = literalGuard(e, fn, negated);
    return lit ? [lit] : [];
  }
  if (negated) return [];
  const g = flagOf(e, fn, 0);
  return g ? [g] : [];
}

/** `payload.kind === 'x'` (or `!==`, either side): the parameter field and the string it is compared with. */
function literalGuard(e: ts.BinaryExpression, fn: FunctionLike, negated: boolean): ParamGuard | undefined {
  const op = e.operatorToken.kind;
  const eq = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  const ne = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
  if (!eq && !ne) return undefined;
  const left = skipOuterExpressions(e.left);
  const right = skipOuterExpressions(e.right);
  const [field, lit] = ts.isStringLiteralLike(right)
    ? [left, right]
    : ts.isStringLiteralLike(left)
      ? [right, left]
      : [undefined, undefined];
  if (!field || !lit || !ts.isPropertyAccessExpression(field)) return undefined;
  const g = flagOf(field, fn, 0);
  return g && g.path.length > 0 ? { ...g, literal: { value: lit.text, equal: eq !== negated } } : undefined;
}

/** The parameter field a flag expression reads: `options?.sendEmail`, or a local const holding it. */
function flagOf(expr: ts.Expression, fn: FunctionLike, depth: number): ParamGuard | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const e = skipOuterExpressions(expr);
  // `options?.sendEmail ?? false`: the default is falsy, so the flag must be set.
  if (
    ts.isBinaryExpression(e) &&
    (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  )
    return isFalsyLiteral(e.right) ? flagOf(e.left, fn, depth + 1) : undefined;
  const path: string[] = [];
  let x: ts.Expression = e;
  while (ts.isPropertyAccessExpression(x)) {
    if (!ts.isIdentifier(x.name)) return undefined;
    path.unshift(x.name.text);
    x = skipOuterExpressions(x.expression);
  }
  if (!ts.isIdentifier(x)) return undefined;
  const name = x.text;
  const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
  if (index !== -1) return fn.parameters[index]!.dotDotDotToken ? undefined : { index, path };
  if (path.length > 0) return undefined;
  // `const sendEmail = options?.sendEmail ?? false` in this function.
  const init = constInitializer(fn, name);
  return init ? flagOf(init, fn, depth + 1) : undefined;
}

function constInitializer(fn: FunctionLike, name: string): ts.Expression | undefined {
  if (!fn.body || !ts.isBlock(fn.body)) return undefined;
  let found: ts.Expression | undefined;
  let seen = 0;
  // Anywhere in this function's own blocks (`try { const sendEmail = … }`), not in nested functions.
  const visit = (n: ts.Node): void => {
    if (found || ++seen > 5000 || isFunctionLikeWithBody(n) || ts.isClassLike(n)) return;
    if (ts.isVariableDeclarationList(n) && n.flags & ts.NodeFlags.Const)
      for (const d of n.declarations) if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) found = d.initializer;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

function isFalsyLiteral(expr: ts.Expression): boolean {
  const e = skipOuterExpressions(expr);
  return (
    e.kind === ts.SyntaxKind.FalseKeyword ||
    e.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(e) && e.text === 'undefined') ||
    (ts.isNumericLiteral(e) && Number(e.text) === 0) ||
    (ts.isStringLiteral(e) && e.text === '')
  );
}

/**
 * What a call site does to a guard of the function it calls: `'off'` when the flag it passes is
 * `false` or missing (the sink is not reached from here), a guard of the caller's own parameter
 * when it only hands its parameter on, `undefined` when it cannot tell (the guard is dropped).
 */
export function guardAtCall(
  g: ParamGuard,
  callee: FunctionLike,
  args: readonly ts.Expression[],
  caller: FunctionLike | undefined,
): 'off' | ParamGuard | undefined {
  const p = callee.parameters[g.index];
  if (!p || args.some((a) => ts.isSpreadElement(skipOuterExpressions(a)))) return undefined;
  let arg: ts.Expression | undefined = args[g.index];
  if (!arg) return p.initializer ? undefined : 'off';
  const unset = g.literal && !g.literal.equal ? undefined : 'off';
  for (let i = 0; i < g.path.length; i++) {
    const e = skipOuterExpressions(arg);
    if (isFalsyLiteral(e)) return unset;
    if (ts.isObjectLiteralExpression(e)) {
      const key = g.path[i]!;
      // `{ ...base, kind: 'x' }`: a property after the last spread is what the callee reads.
      const lastSpread = e.properties.reduce((at, q, j) => (ts.isSpreadAssignment(q) ? j : at), -1);
      const props = e.properties.slice(lastSpread + 1);
      const prop = [...props]
        .reverse()
        .find(
          (q) =>
            (ts.isPropertyAssignment(q) || ts.isShorthandPropertyAssignment(q)) && q.name && ts.isIdentifier(q.name) && q.name.text === key,
        );
      if (!prop) return lastSpread === -1 ? unset : undefined;
      arg = ts.isPropertyAssignment(prop) ? prop.initializer : (prop as ts.ShorthandPropertyAssignment).name;
      continue;
    }
    const handed = caller ? flagOf(e, caller, 0) : undefined;
    return handed ? { ...g, index: handed.index, path: [...handed.path, ...g.path.slice(i)] } : undefined;
  }
  const e = skipOuterExpressions(arg);
  if (g.literal) {
    if (ts.isStringLiteralLike(e)) return (e.text === g.literal.value) === g.literal.equal ? undefined : 'off';
    if (isFalsyLiteral(e)) return unset;
  } else if (isFalsyLiteral(e)) return 'off';
  const handed = caller ? flagOf(e, caller, 0) : undefined;
  return handed && g.literal ? { ...handed, literal: g.literal } : handed;
}
