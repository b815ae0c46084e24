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

const urlPatternCache = new Map<string, RegExp>();

export function urlMatches(pattern: string, url: string): boolean {
  let re = urlPatternCache.get(pattern);
  if (!re) {
    // Built by hand, segment by segment, so that no user pattern can make a backtracking regex.
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]!;
      if (c === '*' && pattern[i + 1] === '*') {
        src += '.*';
        i++;
      } else if (c === '*') src += '[^/?#]*';
      else src += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
    // A pattern naming a path prefix also covers query strings and fragments after it.
    re = new RegExp(`^${src.replace(/(\.\*)+/g, '.*')}(?:[?#].*)?$`, 'i');
    urlPatternCache.set(pattern, re);
  }
  return re.test(url);
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
