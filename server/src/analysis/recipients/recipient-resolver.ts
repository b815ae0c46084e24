import type { DiscloseConfig, Recipient } from '../config/config';
import type { SdkEntry } from '../sinks/sdk-catalog';
import { concatStr, displayStr, SAME_ORIGIN, SAME_ORIGIN_HOST, type StrVal } from '../values/string-evaluator';
import { hostMatches, hostOfUrlPrefix, isLoopbackHost, urlMatches } from './endpoint-patterns';

export type Resolution =
  | { kind: 'internal'; endpoint: string }
  | { kind: 'recipient'; recipient: Recipient; endpoint: string; host: string | null }
  | { kind: 'undeclared'; endpoint: string; host: string }
  | { kind: 'unresolved'; endpoint: string };

/** The URL with unknown pieces replaced by a neutral segment, for URL patterns. */
function matchableUrl(v: StrVal): string {
  return v.parts.map((p) => (p.kind === 'lit' ? p.text : 'x')).join('');
}

function hostFromStr(v: StrVal): { host: string | undefined; relative: boolean } {
  const first = v.parts[0];
  if (!first || first.kind !== 'lit') return { host: undefined, relative: false };
  const text = first.text.trim();
  if (text.startsWith(SAME_ORIGIN)) return { host: undefined, relative: true };
  if (text.startsWith('/') && !text.startsWith('//')) return { host: undefined, relative: true };
  if (text.startsWith('./') || text.startsWith('../') || text.startsWith('?') || text.startsWith('#'))
    return { host: undefined, relative: true };
  const complete = v.parts.length === 1;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith('//')) return { host: hostOfUrlPrefix(text, complete), relative: false };
  // "api/users" with no scheme is relative to the page (browser) or invalid (node): not a third party.
  if (complete && !/^[a-z0-9.-]+\.[a-z]{2,}(?:[:/]|$)/i.test(text)) return { host: undefined, relative: true };
  if (/^[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(text)) return { host: hostOfUrlPrefix('//' + text, complete), relative: false };
  return { host: undefined, relative: false };
}

function isInternalHost(config: DiscloseConfig, host: string): boolean {
  return isLoopbackHost(host) || config.internal.hosts.some((p) => hostMatches(p, host));
}

/**
 * `isVendorHost`: whether a host belongs to a known third-party service. A URL the code falls back
 * to when a variable is unset (`env.POSTHOG_HOST ?? 'https://us.posthog.com'`) names the
 * recipient only then: a default of an unknown host is often the application's own deployment.
 */
export function resolveUrlEndpoint(
  config: DiscloseConfig,
  v: StrVal,
  annotated: Recipient | undefined,
  isVendorHost?: (host: string) => boolean,
): Resolution {
  const endpoint = displayStr(v);
  const first = v.parts[0];
  if (first?.kind === 'env') {
    if (config.internal.env.includes(first.name)) return { kind: 'internal', endpoint };
    const r = annotated ?? config.recipients.find((x) => x.match?.env?.includes(first.name));
    if (r) return { kind: 'recipient', recipient: r, endpoint, host: null };
    // Not configured here: the URL the code falls back to names the service meant.
    if (first.fallback !== undefined && isVendorHost) {
      const withDefault = concatStr({ parts: [{ kind: 'lit', text: first.fallback }] }, { parts: v.parts.slice(1) });
      const { host } = hostFromStr(withDefault);
      if (host && isVendorHost(host)) return resolveUrlEndpoint(config, withDefault, annotated);
    }
    return { kind: 'unresolved', endpoint };
  }
  const { host, relative } = hostFromStr(v);
  if (relative) return annotated ? { kind: 'recipient', recipient: annotated, endpoint, host: null } : { kind: 'internal', endpoint };
  if (!host) return annotated ? { kind: 'recipient', recipient: annotated, endpoint, host: null } : { kind: 'unresolved', endpoint };
  const url = matchableUrl(v);
  if (annotated) return { kind: 'recipient', recipient: annotated, endpoint, host };
  if (host === SAME_ORIGIN_HOST) return { kind: 'internal', endpoint };
  if (isInternalHost(config, host) || config.internal.urls.some((p) => urlMatches(p, url))) return { kind: 'internal', endpoint };
  const byUrl = config.recipients.find((r) => r.match?.urls?.some((p) => urlMatches(p, url)));
  if (byUrl) return { kind: 'recipient', recipient: byUrl, endpoint, host };
  const byHost = config.recipients.find((r) => r.match?.hosts?.some((p) => hostMatches(p, host)));
  if (byHost) return { kind: 'recipient', recipient: byHost, endpoint, host };
  return { kind: 'undeclared', endpoint, host };
}

/** A host pattern of the vendor ("*.sentry.io") against a recipient's host patterns. */
function vendorHostMatches(recipientPattern: string, vendorPattern: string): boolean {
  const concrete = vendorPattern.startsWith('*.') ? `x${vendorPattern.slice(1)}` : vendorPattern;
  return hostMatches(recipientPattern, concrete) || recipientPattern.toLowerCase() === vendorPattern.toLowerCase();
}

export function resolveSdkEndpoint(
  config: DiscloseConfig,
  entry: SdkEntry,
  module: string | undefined,
  annotated: Recipient | undefined,
): Resolution {
  const host = entry.hosts[0]?.replace(/^\*\./, '') ?? entry.vendor.toLowerCase();
  const endpoint = `${entry.vendor} (${host})`;
  const packages = module ? [module, ...entry.packages] : entry.packages;
  if (annotated) return { kind: 'recipient', recipient: annotated, endpoint, host };
  if (packages.some((p) => config.internal.packages.includes(p))) return { kind: 'internal', endpoint };
  const byPackage = config.recipients.find((r) => r.match?.packages?.some((p) => packages.includes(p)));
  if (byPackage) return { kind: 'recipient', recipient: byPackage, endpoint, host };
  const byHost = config.recipients.find((r) => r.match?.hosts?.some((p) => entry.hosts.some((h) => vendorHostMatches(p, h))));
  if (byHost) return { kind: 'recipient', recipient: byHost, endpoint, host };
  return { kind: 'undeclared', endpoint, host };
}
