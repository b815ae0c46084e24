import ts from 'typescript';

/**
 * TypeScript's parser and checker, and the engine's evaluators, recurse once per level of
 * nesting: a 3 KB file of a thousand nested parentheses overflows the stack and, uncaught,
 * ends the whole run. Hand-written code stays far below this bound (the deepest file of the
 * labelled corpus nests under 30); a file above it is skipped with a message.
 */
export const MAX_NESTING_DEPTH = 400;

/** Tokens after which a `/` divides; anywhere else it starts a regular expression. */
const ENDS_OPERAND = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
]);

/** Operators the parser handles by recursing into their right-hand side. */
const RIGHT_RECURSIVE = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.QuestionToken,
  ts.SyntaxKind.EqualsGreaterThanToken,
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.ExclamationToken,
  ts.SyntaxKind.TildeToken,
  ts.SyntaxKind.TypeOfKeyword,
  ts.SyntaxKind.VoidKeyword,
  ts.SyntaxKind.DeleteKeyword,
  ts.SyntaxKind.AwaitKeyword,
  ts.SyntaxKind.NewKeyword,
]);

/**
 * A point between two tokens where nothing is open (no bracket, no chain): the scan can start
 * again there with only the token before it known. `deepest` is the deepest nesting from it to
 * the next such point.
 */
interface RestPoint {
  offset: number;
  previous: ts.SyntaxKind;
  deepest: number;
}

/**
 * The deepest nesting of a text, counted on its tokens in one loop (no recursion, no parse):
 * brackets of each kind, template substitutions, and the chains of ternaries, arrows,
 * assignments and prefix operators that the parser descends into within one statement.
 * Stops counting once `limit` is passed.
 */
export function nestingDepth(text: string, limit = MAX_NESTING_DEPTH, jsx = false): number {
  return scanRests(text, { offset: 0, previous: ts.SyntaxKind.Unknown, deepest: 0 }, limit, jsx, () => false).deepest;
}

/**
 * Scans from a rest point, recording the rest points it passes, until the end of the text, a
 * depth above `limit`, or `stop` (asked at each rest point) says the rest is known.
 */
function scanRests(
  text: string,
  from: RestPoint,
  limit: number,
  jsx: boolean,
  stop: (rest: RestPoint) => boolean,
): { deepest: number; rests: RestPoint[] } {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    true,
    jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard,
    text,
    undefined,
    from.offset,
  );
  // One entry per open bracket: true for a template substitution `${`; chains per level beside it.
  const opens: boolean[] = [];
  const chains: number[] = [0];
  let chainTotal = 0;
  let deepest = 0;
  let previous = from.previous;
  let rest: RestPoint = { offset: from.offset, previous, deepest: 0 };
  const rests: RestPoint[] = [rest];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !ENDS_OPERAND.has(previous)) {
      kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.CloseBraceToken && opens[opens.length - 1] === true) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateMiddle) {
        previous = kind;
        continue;
      }
    }
    switch (kind) {
      case ts.SyntaxKind.OpenParenToken:
      case ts.SyntaxKind.OpenBracketToken:
      case ts.SyntaxKind.OpenBraceToken:
      case ts.SyntaxKind.TemplateHead:
        opens.push(kind === ts.SyntaxKind.TemplateHead);
        chains.push(0);
        break;
      case ts.SyntaxKind.CloseParenToken:
      case ts.SyntaxKind.CloseBracketToken:
      case ts.SyntaxKind.CloseBraceToken:
      case ts.SyntaxKind.TemplateTail:
        if (opens.length) {
          opens.pop();
          chainTotal -= chains.pop() ?? 0;
        }
        break;
      case ts.SyntaxKind.SemicolonToken:
      case ts.SyntaxKind.CommaToken:
        chainTotal -= chains[chains.length - 1]!;
        chains[chains.length - 1] = 0;
        break;
      default:
        if (RIGHT_RECURSIVE.has(kind)) {
          chains[chains.length - 1]!++;
          chainTotal++;
        }
    }
    const depth = opens.length + chainTotal;
    if (depth > rest.deepest) rest.deepest = depth;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return { deepest, rests };
    }
    previous = kind;
    if (depth === 0) {
      const next: RestPoint = { offset: scanner.getTokenEnd(), previous, deepest: 0 };
      if (stop(next)) return { deepest, rests };
      // Kept a few hundred characters apart: a workspace's worth of them stays small.
      if (next.offset - rest.offset >= REST_SPACING) rests.push((rest = next));
    }
  }
  return { deepest, rests };
}

/**
 * A text scanned before, kept with its rest points: the next version of it (one edit in an
 * editor) is scanned again only from the last rest point before the change to the first one
 * after it that the old scan also passed in the same state.
 */
interface Scanned {
  text: string;
  deep: boolean;
  /** In order of offset; the first at 0. Empty when the scan stopped early (too deep). */
  rests: RestPoint[];
}

const REST_SPACING = 512;

/** Characters the scanner may look ahead of a token's end or behind its start to decide it. */
const LOOKAROUND = 8;

function rescan(old: Scanned, text: string, jsx: boolean): Scanned {
  if (old.rests.length === 0) return scanned(text, jsx);
  const max = Math.min(old.text.length, text.length);
  let prefix = 0;
  while (prefix < max && old.text.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old.text.charCodeAt(old.text.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  // The last rest point whose tokens before it are all inside the unchanged prefix.
  let i = 0;
  for (let lo = 0, hi = old.rests.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (old.rests[mid]!.offset + LOOKAROUND <= prefix) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const delta = text.length - old.text.length;
  const suffixStart = text.length - suffix;
  const oldIndex = new Map<number, number>();
  let j = -1;
  const stop = (r: RestPoint): boolean => {
    if (r.offset < suffixStart + LOOKAROUND) return false;
    if (oldIndex.size === 0) old.rests.forEach((x, k) => oldIndex.set(x.offset, k));
    const k = oldIndex.get(r.offset - delta);
    if (k === undefined || old.rests[k]!.previous !== r.previous) return false;
    j = k;
    return true;
  };
  const first = old.rests[i]!;
  const scan = scanRests(text, { offset: first.offset, previous: first.previous, deepest: 0 }, MAX_NESTING_DEPTH, jsx, stop);
  const after = j < 0 ? [] : old.rests.slice(j).map((r) => (delta === 0 ? r : { ...r, offset: r.offset + delta }));
  const rests = [...old.rests.slice(0, i), ...scan.rests, ...after];
  const deep = scan.deepest > MAX_NESTING_DEPTH || rests.some((r) => r.deepest > MAX_NESTING_DEPTH);
  return { text, deep, rests: deep ? [] : rests };
}

function scanned(text: string, jsx: boolean): Scanned {
  const scan = scanRests(text, { offset: 0, previous: ts.SyntaxKind.Unknown, deepest: 0 }, MAX_NESTING_DEPTH, jsx, () => false);
  const deep = scan.deepest > MAX_NESTING_DEPTH;
  return { text, deep, rests: deep ? [] : scan.rests };
}

// Discovery and the program builder both ask about the same text: scanned once, and an edited
// text only around its change.
const checked = new Map<string, Scanned>();

/** Why a text must not be parsed, or undefined when its nesting is within the bound. */
export function tooDeepReason(text: string, fileName = ''): string | undefined {
  // A cheap bound first: nesting needs at least one character per level.
  if (text.length <= MAX_NESTING_DEPTH) return undefined;
  let entry = checked.get(fileName);
  if (!entry || entry.text !== text) {
    if (checked.size > 10_000) checked.clear();
    const jsx = /\.[jt]sx$/i.test(fileName);
    // Most files have fewer deepening tokens than the bound: no scan at all.
    if (depthBound(text, MAX_NESTING_DEPTH) <= MAX_NESTING_DEPTH) entry = { text, deep: false, rests: [] };
    else entry = entry && fileName ? rescan(entry, text, jsx) : scanned(text, jsx);
    if (fileName) checked.set(fileName, entry);
  }
  return entry.deep ? `nested deeper than ${MAX_NESTING_DEPTH} levels (brackets, calls, templates or ternaries); not parsed` : undefined;
}

/**
 * Every token that deepens the count above is a bracket, `${`, `?`, `=`/`=>`, `!`, `~` or one
 * of five keywords (spelt out, or with a `\u` escape): a text with no more of these characters
 * and words than the bound cannot nest deeper, whatever its strings and comments hold. Most
 * files of a workspace are below it, and counting them costs a fraction of tokenising them.
 * Stops counting once `limit` is passed.
 */
const DEEPENING = /[([{?=!~\\]|\b(?:typeof|void|delete|await|new)\b/g;
export function depthBound(text: string, limit: number): number {
  DEEPENING.lastIndex = 0;
  let n = 0;
  while (DEEPENING.exec(text) !== null) if (++n > limit) break;
  DEEPENING.lastIndex = 0;
  return n;
}
