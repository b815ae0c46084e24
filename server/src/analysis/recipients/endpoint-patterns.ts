/**
 * Host and URL patterns of the contract: `*.example.com` matches every subdomain of
 * example.com at any depth, not example.com itself; a pattern without `*` matches exactly.
 * In URL patterns `*` matches within one path segment and `**` across segments.
 */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().trim();
  const h = host.toLowerCase();
  if (p.startsWith('*.')) {
    const suffix = p.slice(1); // ".example.com"
    return h.length > suffix.length && h.endsWith(suffix);
  }
  return p === h;
}

type Token = { kind: 'char'; c: string } | { kind: 'star' } | { kind: 'globstar' } | { kind: 'any' };

const tokenCache = new Map<string, Token[]>();

function tokens(pattern: string, question = false): Token[] {
  const cacheKey = question ? `?${pattern}` : pattern;
  let t = tokenCache.get(cacheKey);
  if (!t) {
    t = [];
    for (let i = 0; i < pattern.length; i++) {
      if (pattern[i] === '*' && pattern[i + 1] === '*') {
        while (pattern[i + 1] === '*') i++;
        t.push({ kind: 'globstar' });
      } else if (pattern[i] === '*') t.push({ kind: 'star' });
      else if (pattern[i] === '?' && question) t.push({ kind: 'any' });
      else t.push({ kind: 'char', c: pattern[i]!.toLowerCase() });
    }
    tokenCache.set(cacheKey, t);
  }
  return t;
}

/**
 * Matches in O(pattern × url) with two rows of state reused across tokens, so no user pattern
 * can make it backtrack (a regular expression built from `*a*a*a…` could) and a long one costs
 * no allocation per character. Patterns are bounded by the configuration schema (1024
 * characters, 1000 per list).
 */
function globMatch(tok: Token[], text: string): boolean {
  const s = text.toLowerCase();
  const n = s.length;
  let row = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  row[0] = 1;
  for (const t of tok) {
    next.fill(0);
    let any = 0;
    if (t.kind === 'char') {
      for (let j = 1; j <= n; j++) any |= next[j] = row[j - 1]! & (s.charCodeAt(j - 1) === t.c.charCodeAt(0) ? 1 : 0);
    } else if (t.kind === 'any') {
      for (let j = 1; j <= n; j++) any |= next[j] = row[j - 1]! & (s[j - 1] !== '/' ? 1 : 0);
    } else {
      const crossesSlash = t.kind === 'globstar';
      any = next[0] = row[0]!;
      for (let j = 1; j <= n; j++) {
        const ch = s[j - 1]!;
        any |= next[j] = row[j]! | (next[j - 1]! & (crossesSlash || (ch !== '/' && ch !== '?' && ch !== '#') ? 1 : 0));
      }
    }
    if (!any) return false;
    [row, next] = [next, row];
  }
  return row[n] === 1;
}

export function urlMatches(pattern: string, url: string): boolean {
  const tok = tokens(pattern);
  if (globMatch(tok, url)) return true;
  // A pattern naming a path also covers the query string and fragment after it.
  const cut = url.search(/[?#]/);
  return cut >= 0 && globMatch(tok, url.slice(0, cut));
}

const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || LOOPBACK_V4.test(h) || h === '::1' || h === '0:0:0:0:0:0:0:1';
}

/** The host of an absolute URL prefix, or undefined when the prefix does not contain it whole. */
export function hostOfUrlPrefix(prefix: string, complete: boolean): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)([/?#].*)?$/i.exec(prefix);
  if (!m) return undefined;
  const authority = m[1]!;
  if (!complete && m[2] === undefined) return undefined; // "https://api." + region + …: host incomplete
  const hostPort = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.split(':')[0]!;
  return host ? host.toLowerCase() : undefined;
}

/** `{a,b}` alternatives, expanded up front (bounded, so no pattern can explode). */
function expandBraces(pattern: string, limit = 64): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const out: string[] = [];
  for (const alt of m[1]!.split(',')) {
    for (const e of expandBraces(pattern.slice(0, m.index) + alt + pattern.slice(m.index + m[0].length), limit)) {
      out.push(e);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

const MAX_GLOB_LENGTH = 512;

/**
 * File globs (`--exclude`, `disclose.exclude`): `*` within a segment, `**` across, `?` one
 * character, `{a,b}` alternatives. Matched in linear time per alternative, so a glob built
 * to backtrack costs no more than any other. A pattern without `/` also matches a base name.
 */
export function compileGlob(pattern: string): (relPath: string) => boolean {
  if (pattern.length > MAX_GLOB_LENGTH) throw new Error(`glob pattern longer than ${MAX_GLOB_LENGTH} characters`);
  const alternatives = expandBraces(pattern.replace(/^\.\//, '')).map((p) => ({ tok: tokens(p, true), basename: !p.includes('/') }));
  return (rel: string) => {
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return alternatives.some(
      (a) => globMatch(a.tok, rel) || (a.basename && globMatch(a.tok, base)) || (rel.endsWith('/') && globMatch(a.tok, rel.slice(0, -1))),
    );
  };
}
