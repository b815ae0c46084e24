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
 * The deepest nesting of a text, counted on its tokens in one loop (no recursion, no parse):
 * brackets of each kind, template substitutions, and the chains of ternaries, arrows,
 * assignments and prefix operators that the parser descends into within one statement.
 * Stops counting once `limit` is passed.
 */
export function nestingDepth(text: string, limit = MAX_NESTING_DEPTH, jsx = false): number {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, text);
  // One entry per open bracket: true for a template substitution `${`; chains per level beside it.
  const opens: boolean[] = [];
  const chains: number[] = [0];
  let chainTotal = 0;
  let deepest = 0;
  let previous = ts.SyntaxKind.Unknown;
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
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    previous = kind;
  }
  return deepest;
}

// Discovery and the program builder both ask about the same text: scanned once.
const checked = new Map<string, { text: string; deep: boolean }>();

/** Why a text must not be parsed, or undefined when its nesting is within the bound. */
export function tooDeepReason(text: string, fileName = ''): string | undefined {
  // A cheap bound first: nesting needs at least one character per level.
  if (text.length <= MAX_NESTING_DEPTH) return undefined;
  let entry = checked.get(fileName);
  if (!entry || entry.text !== text) {
    if (checked.size > 10_000) checked.clear();
    const deep =
      depthBound(text, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH &&
      nestingDepth(text, MAX_NESTING_DEPTH, /\.[jt]sx$/i.test(fileName)) > MAX_NESTING_DEPTH;
    entry = { text, deep };
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
