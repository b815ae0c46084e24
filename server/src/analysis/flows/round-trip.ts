import ts from 'typescript';
import type { DiscloseConfig } from '../config/config';
import { type Resolution, resolveSdkEndpoint, resolveUrlEndpoint } from '../recipients/recipient-resolver';
import type { Sink } from '../sinks/sink';
import type { StrVal } from '../values/string-evaluator';
import type { DataItem } from '../values/values';

/**
 * Data a vendor handed out (the id `stripe.customers.create` returns, the bot id in Slack's OAuth
 * reply) tells that vendor nothing new when it is sent back. Items read from a vendor's response
 * carry the vendor's site; a finding drops those whose site is its own recipient's.
 */

/** The registrable part of a host, roughly: `api.stripe.com` and `stripe.com` are one vendor. */
function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  return labels.slice(-2).join('.');
}

export function hostOfResolution(r: Resolution): string | null {
  return r.kind === 'recipient' || r.kind === 'undeclared' ? r.host : null;
}

/** What a finding sends, without what came from the recipient's own responses. */
export function withoutRoundTrip(items: DataItem[], recipientHost: string | null): DataItem[] {
  if (!recipientHost) return items;
  const site = siteOf(recipientHost);
  return items.filter((i) => i.returnedBy !== site);
}

export interface ResultSiteDeps {
  config: DiscloseConfig;
  isCandidate(call: ts.CallExpression): boolean;
  classify(call: ts.CallExpression): Sink | undefined;
  url(e: ts.Expression): StrVal;
  /** A vendor's host: `process.env.API_HOST ?? 'https://us.posthog.com'` is that vendor, as for findings. */
  isVendorHost?(host: string): boolean;
}

/**
 * The site whose response a call returns: an SDK call's vendor, an HTTP call's host, or a call
 * (a codebase fetch helper) whose first argument is an absolute URL. Memoised, and a call met
 * again while it is being classified has no site, so the classifier's own evaluation can reach it.
 */
export function resultSites(deps: ResultSiteDeps): (call: ts.CallExpression) => string | undefined {
  const memo = new Map<ts.CallExpression, string | undefined>();
  return (call) => {
    if (memo.has(call)) return memo.get(call);
    memo.set(call, undefined);
    let resolution: Resolution | undefined;
    let endpoint: StrVal | undefined;
    try {
      const isVendorHost = deps.isVendorHost ? (host: string) => deps.isVendorHost!(host) : undefined;
      const sink = deps.isCandidate(call) ? deps.classify(call) : undefined;
      if (sink?.sdk) resolution = resolveSdkEndpoint(deps.config, sink.sdk.entry, sink.sdk.module, undefined);
      else {
        endpoint = sink
          ? sink.endpoint
          : call.arguments[0] && !ts.isObjectLiteralExpression(call.arguments[0])
            ? deps.url(call.arguments[0])
            : undefined;
        if (endpoint) resolution = resolveUrlEndpoint(deps.config, endpoint, undefined, isVendorHost);
      }
    } catch {
      resolution = undefined;
    }
    const host =
      (resolution ? hostOfResolution(resolution) : null) ??
      (resolution?.kind === 'unresolved' && endpoint ? originBeforePath(endpoint, deps.isVendorHost) : null);
    const site = host ? siteOf(host) : undefined;
    memo.set(call, site);
    return site;
  };
}

/**
 * A helper's `fetch(\`${API_HOST}${path}\`)`: the host is only certain per caller (the path could
 * in principle go on with the host), but the origin it starts with is where the responses come
 * from. An origin from a variable's fallback counts only when it is a known vendor's, as for findings.
 */
function originBeforePath(v: StrVal, isVendorHost: ((host: string) => boolean) | undefined): string | null {
  const [first, next] = v.parts;
  if (!first || !next || (next.kind !== 'ref' && next.kind !== 'unknown')) return null;
  const text = first.kind === 'lit' ? first.text : first.kind === 'env' ? first.fallback : undefined;
  const m = text ? /^https:\/\/([a-z0-9.-]+\.[a-z]{2,})\/?$/i.exec(text.trim()) : null;
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  return first.kind === 'lit' || isVendorHost?.(host) ? host : null;
}
