// The recipient resolver on its own: an endpoint's shape against a project's .disclose.yaml
// (hosts, URL patterns, environment variables, packages, internal hosts).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig } from '../../server/src/analysis/config/config';
import { resolveSdkEndpoint, resolveUrlEndpoint } from '../../server/src/analysis/recipients/recipient-resolver';
import { SdkCatalog } from '../../server/src/analysis/sinks/sdk-catalog';
import type { StrVal } from '../../server/src/analysis/values/string-evaluator';

const CONFIG = `# Who the web shop shares personal data with
recipients:
  - id: hubspot
    name: HubSpot
    category: partner
    match:
      hosts: ["api.hubapi.com"]
  - id: payments
    name: Payment provider
    category: partner
    match:
      urls: ["https://api.stripe.com/v1/customers/**"]
      env: [PAYMENTS_API_URL]
  - id: sentry
    name: Sentry
    category: partner
    match:
      packages: ["@sentry/node"]
internal:
  hosts: ["*.intern.nettbutikk.no"]
  env: [ORDER_SERVICE_URL]
`;

const config = parseConfig(path.resolve('/shop/.disclose.yaml'), CONFIG);
const url = (text: string, ...rest: StrVal['parts']): StrVal => ({ parts: [{ kind: 'lit', text }, ...rest] });
const env = (name: string, tail = '', fallback?: string): StrVal => ({
  parts: [{ kind: 'env', name, ...(fallback ? { fallback } : {}) }, ...(tail ? [{ kind: 'lit' as const, text: tail }] : [])],
});

describe('recipient resolver', () => {
  it('matches a declared host, with the host and a display of the endpoint', () => {
    const r = resolveUrlEndpoint(config, url('https://api.hubapi.com/crm/v3/objects/contacts'), undefined);
    assert.equal(r.kind, 'recipient');
    assert.equal(r.kind === 'recipient' && r.recipient.id, 'hubspot');
    assert.equal(r.kind === 'recipient' && r.host, 'api.hubapi.com');
    assert.equal(r.endpoint, 'https://api.hubapi.com/crm/v3/objects/contacts');
  });

  it('matches a URL pattern only on its own path: another path of the same host is undeclared', () => {
    const customers = resolveUrlEndpoint(config, url('https://api.stripe.com/v1/customers/', { kind: 'unknown', text: 'id' }), undefined);
    assert.equal(customers.kind === 'recipient' && customers.recipient.id, 'payments');
    const charges = resolveUrlEndpoint(config, url('https://api.stripe.com/v1/charges'), undefined);
    assert.equal(charges.kind, 'undeclared');
    assert.equal(charges.kind === 'undeclared' && charges.host, 'api.stripe.com');
  });

  it('resolves an environment variable by the recipient or the internal list that names it', () => {
    const payments = resolveUrlEndpoint(config, env('PAYMENTS_API_URL', '/v1/refunds'), undefined);
    assert.equal(payments.kind === 'recipient' && payments.recipient.id, 'payments');
    assert.equal(resolveUrlEndpoint(config, env('ORDER_SERVICE_URL', '/orders'), undefined).kind, 'internal');
    assert.equal(resolveUrlEndpoint(config, env('SOME_OTHER_URL', '/x'), undefined).kind, 'unresolved');
  });

  it('uses the URL the code falls back to only when it is a known vendor host', () => {
    const vendor = resolveUrlEndpoint(config, env('CRM_URL', '/crm/v3/objects/contacts', 'https://api.hubapi.com'), undefined, (h) =>
      h.endsWith('hubapi.com'),
    );
    assert.equal(vendor.kind === 'recipient' && vendor.recipient.id, 'hubspot');
    const own = resolveUrlEndpoint(config, env('API_URL', '/users', 'https://staging.nettbutikk.no'), undefined, (h) =>
      h.endsWith('hubapi.com'),
    );
    assert.equal(own.kind, 'unresolved');
  });

  it('treats internal hosts, loopback and relative URLs as internal, and an unknown start as unresolved', () => {
    assert.equal(resolveUrlEndpoint(config, url('https://ordre.intern.nettbutikk.no/api/orders'), undefined).kind, 'internal');
    assert.equal(resolveUrlEndpoint(config, url('http://localhost:3000/api/orders'), undefined).kind, 'internal');
    assert.equal(resolveUrlEndpoint(config, url('/api/checkout'), undefined).kind, 'internal');
    assert.equal(resolveUrlEndpoint(config, { parts: [{ kind: 'unknown', text: 'this.endpoint' }] }, undefined).kind, 'unresolved');
    const undeclared = resolveUrlEndpoint(config, url('https://hooks.zapier.com/hooks/catch/123'), undefined);
    assert.equal(undeclared.kind === 'undeclared' && undeclared.host, 'hooks.zapier.com');
  });

  it('lets an annotation name the recipient of any endpoint', () => {
    const annotated = config.recipients.find((r) => r.id === 'hubspot')!;
    const r = resolveUrlEndpoint(config, url('https://hooks.zapier.com/hooks/catch/123'), annotated);
    assert.equal(r.kind === 'recipient' && r.recipient.id, 'hubspot');
  });

  it('resolves an SDK by the package the recipient lists, or reports the vendor undeclared', () => {
    const catalog = SdkCatalog.builtin();
    const sentry = catalog.byModule('@sentry/node')!;
    const r = resolveSdkEndpoint(config, sentry, '@sentry/node', undefined);
    assert.equal(r.kind === 'recipient' && r.recipient.id, 'sentry');
    const mixpanel = catalog.byModule('mixpanel')!;
    const u = resolveSdkEndpoint(config, mixpanel, 'mixpanel', undefined);
    assert.equal(u.kind, 'undeclared');
    assert.match(u.endpoint, /^Mixpanel \(/);
  });
});
