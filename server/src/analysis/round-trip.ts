import ts from 'typescript';
import type { DiscloseConfig } from './config';
import { resolveSdkEndpoint, resolveUrlEndpoint, type Resolution } from './recipient-resolver';
import type { Sink } from './sink-classifier';
import type { StrVal } from './string-evaluator';
import type { DataItem } from './values';

/**
 * Data a vendor handed out (the id `stripe.customers.create` returns, the bot id in Slack's OAuth
 * reply) tells that vendor nothing new when it is sent back. Items read from a vendor's response
 * carry the vendor's site; a finding drops those whose site is its own recipient's.
 */

/** The registrable part of a host, roughly: `api.stripe.com` and `stripe.com` are one vendor. */
export function siteOf(host: string): string {
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
    try {
      const sink = deps.isCandidate(call) ? deps.classify(call) : undefined;
      if (sink) resolution = sink.sdk ? resolveSdkEndpoint(deps.config, sink.sdk.entry, sink.sdk.module, undefined) : resolveUrlEndpoint(deps.config, sink.endpoint, undefined);
      else if (call.arguments[0] && !ts.isObjectLiteralExpression(call.arguments[0])) resolution = resolveUrlEndpoint(deps.config, deps.url(call.arguments[0]), undefined);
    } catch {
      resolution = undefined;
    }
    const host = resolution ? hostOfResolution(resolution) : null;
    const site = host ? siteOf(host) : undefined;
    memo.set(call, site);
    return site;
  };
}
