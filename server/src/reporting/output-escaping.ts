/**
 * What a workspace names (file names, endpoints, identifiers, a policy pack's titles and links)
 * is echoed into terminals, CI annotations, Markdown and HTML. Each medium has its own escape
 * here, so a file name cannot clear a screen, forge a finding line, reorder text with bidi
 * controls, inject Markdown, or make a link run script.
 */

// C0 controls (newline, ESC…), DEL, C1 controls, bidi embedding/override/isolate marks,
// line and paragraph separators.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text for a terminal or a CI annotation: unsafe characters as `\uXXXX`. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text inside Markdown: no markup, no HTML, no line breaks. */
export function escapeMarkdown(s: string): string {
  return escapeControls(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]>|~!]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** An inline code span whose fence is longer than any run of backticks inside it. */
export function markdownCode(s: string): string {
  const text = escapeControls(s);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The link if it is an absolute http(s) URL, else undefined (`javascript:`, `data:`, relative…). */
export function safeHref(href: string | undefined | null): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const u = new URL(href);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A Markdown link to an http(s) URL, or the escaped text alone for any other link. */
export function markdownLink(text: string, href: string | undefined | null): string {
  const safe = safeHref(href);
  return safe ? `[${escapeMarkdown(text)}](${markdownDestination(safe)})` : escapeMarkdown(text);
}

/** A link destination for Markdown: no space, bracket or parenthesis left to end it early. */
export function markdownDestination(url: string): string {
  return url.replace(/[\s()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link to a file relative to the report: never read as a scheme (`javascript:x.ts`). */
export function relativeFileLink(file: string): string {
  const encoded = markdownDestination(encodeURI(file));
  return /^[^/]*:/.test(encoded) ? `./${encoded}` : encoded;
}
