import ts from 'typescript';
import { docTags, isFunctionLikeWithBody } from '../ts-helpers';

const RECIPIENT_RE = /@disclose\s+recipient\s*=\s*["']?([A-Za-z0-9][\w.-]*)/;
const SUPPRESS_RE = /disclose-ignore-next-line\b(.*)$/;

function lineText(sf: ts.SourceFile, line: number): string {
  const starts = sf.getLineStarts();
  if (line < 0 || line >= starts.length) return '';
  const end = line + 1 < starts.length ? starts[line + 1]! : sf.text.length;
  return sf.text.slice(starts[line]!, end);
}

function isCommentLine(text: string): boolean {
  const t = text.trim();
  return t.startsWith('//') || t.startsWith('/*') || t.startsWith('*');
}

/** `// @disclose recipient=<id>` on the line directly above `node`. */
export function recipientAbove(node: ts.Node): string | undefined {
  const sf = node.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
  const above = lineText(sf, line - 1);
  if (!isCommentLine(above)) return undefined;
  return RECIPIENT_RE.exec(above)?.[1];
}

/** The annotation in the JSDoc (or comment above) of the function, method or variable that performs `call`. */
export function recipientOfEnclosing(call: ts.Node): string | undefined {
  let n: ts.Node | undefined = call.parent;
  while (n && !ts.isSourceFile(n)) {
    if (
      isFunctionLikeWithBody(n) ||
      ts.isVariableStatement(n) ||
      ts.isVariableDeclaration(n) ||
      ts.isPropertyDeclaration(n) ||
      ts.isClassDeclaration(n)
    ) {
      const found = recipientInDocs(n);
      if (found) return found;
    }
    n = n.parent;
  }
  return undefined;
}

function recipientInDocs(node: ts.Node): string | undefined {
  for (const tag of docTags(node)) {
    if (tag.name !== 'disclose') continue;
    const m = RECIPIENT_RE.exec(`@disclose ${tag.text}`);
    if (m) return m[1];
  }
  const sf = node.getSourceFile();
  for (const r of ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? []) {
    const m = RECIPIENT_RE.exec(sf.text.slice(r.pos, r.end));
    if (m) return m[1];
  }
  return undefined;
}

export interface Suppression {
  /** 0-based line of the comment; it suppresses findings on the next line. */
  line: number;
  column: number;
  endColumn: number;
  reason: string;
}

/** Every `disclose-ignore-next-line` comment of a file (comments only, never strings). */
export function suppressionsOf(sf: ts.SourceFile): Suppression[] {
  if (!sf.text.includes('disclose-ignore-next-line')) return [];
  const seen = new Set<number>();
  const out: Suppression[] = [];
  const collect = (pos: number) => {
    const ranges = [...(ts.getLeadingCommentRanges(sf.text, pos) ?? []), ...(ts.getTrailingCommentRanges(sf.text, pos) ?? [])];
    for (const r of ranges) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      let text = sf.text.slice(r.pos, r.end);
      if (r.kind === ts.SyntaxKind.MultiLineCommentTrivia) text = text.replace(/^\/\*+/, '').replace(/\*+\/$/, '');
      else text = text.replace(/^\/\/+/, '');
      const m = SUPPRESS_RE.exec(text.split('\n')[0]!.trim()) ?? SUPPRESS_RE.exec(text.trim());
      if (!m) continue;
      const reason = m[1]!.replace(/^[\s:—–-]+/, '').trim();
      const start = sf.getLineAndCharacterOfPosition(r.pos);
      const end = sf.getLineAndCharacterOfPosition(r.end);
      out.push({
        line: start.line,
        column: start.character,
        endColumn: end.line === start.line ? end.character : start.character + 2,
        reason,
      });
    }
  };
  const visit = (n: ts.Node): void => {
    collect(n.getFullStart());
    collect(n.getEnd());
    ts.forEachChild(n, visit);
  };
  visit(sf);
  collect(sf.endOfFileToken.getFullStart());
  return out.sort((a, b) => a.line - b.line);
}
