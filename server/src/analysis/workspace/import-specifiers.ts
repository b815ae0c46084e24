/**
 * The module specifiers a file imports: `import … from 'm'`, `import 'm'`, `export … from 'm'`,
 * `import('m')`, `require('m')`, `import x = require('m')`. The import graph needs this of every
 * file of a monorepo; a single pass over the text that skips comments, strings, templates and
 * regular expressions answers it several times faster than the compiler's pre-parse, which
 * scans every token. Like that pre-parse it reads no further than the text: a specifier built
 * at run time is not one.
 */
export function importSpecifiers(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  // Open `${` of templates: the brace depth at which each resumes its template text.
  const templates: number[] = [];
  let braces = 0;
  // The last significant character and word before `i`: whether a `/` starts a regular expression.
  let prev = '';
  let prevWord = '';
  // After `import`, `from`, `require(`, `import(`: a string here is a specifier.
  let expectSpecifier = false;
  let afterImportKeyword = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace.
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    // Comments.
    if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
      continue;
    }
    if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    // Strings: a specifier when a keyword asked for one.
    if (c === QUOTE || c === DQUOTE) {
      const end = stringEnd(text, i, c);
      if (expectSpecifier) out.push(text.slice(i + 1, end - 1));
      expectSpecifier = false;
      afterImportKeyword = false;
      prev = '"';
      prevWord = '';
      i = end;
      continue;
    }
    if (c === BACKTICK) {
      i = templateText(text, i + 1, templates, braces);
      expectSpecifier = false;
      prev = '`';
      prevWord = '';
      continue;
    }
    if (c === SLASH) {
      if (startsExpression(prev, prevWord)) {
        i = regexEnd(text, i);
        prev = '/';
        prevWord = '';
        expectSpecifier = false;
        continue;
      }
      prev = '/';
      prevWord = '';
      expectSpecifier = false;
      i++;
      continue;
    }
    // Numbers: a `/` after one divides.
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && (isWordPart(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
      prev = 'a';
      prevWord = '';
      expectSpecifier = false;
      afterImportKeyword = false;
      i = j;
      continue;
    }
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < n && isWordPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      const member = prev === '.' && !prevWord;
      if (!member && (word === 'from' || word === 'import')) {
        expectSpecifier = true;
        afterImportKeyword = word === 'import';
      } else if (!member && word === 'require') {
        afterImportKeyword = true;
        expectSpecifier = false;
      } else {
        expectSpecifier = false;
        afterImportKeyword = false;
      }
      prev = 'a';
      prevWord = word;
      i = j;
      continue;
    }
    // `import(` and `require(`: the string after the parenthesis.
    if (c === LPAREN && afterImportKeyword && (prevWord === 'import' || prevWord === 'require')) {
      expectSpecifier = true;
      afterImportKeyword = false;
      prev = '(';
      prevWord = '';
      i++;
      continue;
    }
    if (c === LBRACE) braces++;
    else if (c === RBRACE) {
      if (templates.length && templates[templates.length - 1] === braces) {
        templates.pop();
        i = templateText(text, i + 1, templates, braces);
        prev = '`';
        prevWord = '';
        expectSpecifier = false;
        continue;
      }
      braces--;
    }
    // `import { a, b } from` and `export * as x from`: punctuation inside the clause keeps
    // nothing expected; the `from` that follows sets it again.
    expectSpecifier = false;
    afterImportKeyword = false;
    prev = text[i]!;
    prevWord = '';
    i++;
  }
  return out;
}

const SLASH = 47;
const STAR = 42;
const QUOTE = 39;
const DQUOTE = 34;
const BACKTICK = 96;
const BACKSLASH = 92;
const LPAREN = 40;
const LBRACE = 123;
const RBRACE = 125;
const DOLLAR = 36;

/** Where a string that opens at `start` ends (after its quote); a line break ends it unterminated. */
function stringEnd(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === quote) return i + 1;
    else if (c === 10) return i;
  }
  return text.length;
}

/** Skips template text from `i` to its closing backtick, or into a `${`, which it records. */
function templateText(text: string, i: number, templates: number[], braces: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === BACKTICK) return i + 1;
    else if (c === DOLLAR && text.charCodeAt(i + 1) === LBRACE) {
      templates.push(braces);
      return i + 2;
    }
  }
  return text.length;
}

/** Where a regular expression literal that opens at `start` ends (after its flags). */
function regexEnd(text: string, start: number): number {
  let inClass = false;
  let i = start + 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === 10) return i;
    else if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === SLASH && !inClass) break;
  }
  i++;
  while (i < text.length && isWordPart(text.charCodeAt(i))) i++;
  return i;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'instanceof',
]);

/** Whether a `/` after this is a regular expression rather than a division. */
function startsExpression(prev: string, prevWord: string): boolean {
  if (prev === '') return true;
  if (prev === 'a') return KEYWORDS_BEFORE_EXPRESSION.has(prevWord);
  return !(prev === ')' || prev === ']' || prev === '}' || prev === '"' || prev === '`' || prev === '/');
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === DOLLAR || c > 127;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}
