// The string evaluator on its own: the shape of a URL as the code builds it (literals,
// environment variables, parameters of a wrapper), asked of the stage directly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayStr, isResolvedStr, joinUrl, type StrVal } from '../../server/src/analysis/values/string-evaluator';
import { callsTo, initializerOf, stageKit } from '../support/in-memory-program';

const CONFIG = `
export const config = {
  crm: { baseUrl: 'https://api.hubapi.com', version: 'v3' },
  billing: { baseUrl: process.env.BILLING_API_URL ?? 'https://api.stripe.com' },
};
`;

const CRM_CLIENT = `
import { config } from '../config';

const CONTACTS_PATH = '/crm/' + config.crm.version + '/objects/contacts';

export class CrmClient {
  private readonly baseUrl = config.crm.baseUrl;

  async upsert(contact: { email: string }) {
    const contactsUrl = \`\${this.baseUrl}\${CONTACTS_PATH}\`;
    return fetch(contactsUrl, { method: 'POST', body: JSON.stringify(contact) });
  }
}

export async function postTo(path: string, body: unknown) {
  const target = \`https://hooks.zapier.com/hooks/catch/\${path}\`;
  return fetch(target, { method: 'POST', body: JSON.stringify(body) });
}

export async function charge(customerId: string) {
  const chargeUrl = config.billing.baseUrl + '/v1/charges';
  const searchUrl = new URL('/v1/customers/search', config.billing.baseUrl);
  const pageUrl = window.location.origin + '/api/checkout';
  const unknownUrl = lookupEndpoint(customerId);
  return { chargeUrl, searchUrl, pageUrl, unknownUrl };
}

declare function lookupEndpoint(id: string): string;
`;

const lit = (text: string): StrVal => ({ parts: [{ kind: 'lit', text }] });

describe('string evaluator', () => {
  const kit = stageKit({ 'src/config.ts': CONFIG, 'src/crm/client.ts': CRM_CLIENT });
  const sf = kit.file('src/crm/client.ts');
  const shape = (name: string) => kit.strings.eval(initializerOf(sf, name));

  it('joins a class field read from a config module with a path built from constants', () => {
    const url = shape('contactsUrl');
    assert.equal(displayStr(url), 'https://api.hubapi.com/crm/v3/objects/contacts');
    assert.ok(isResolvedStr(url));
  });

  it('keeps an environment variable as a part of its own, with the URL the code falls back to', () => {
    const url = shape('chargeUrl');
    const first = url.parts[0]!;
    assert.equal(first.kind, 'env');
    assert.equal(first.kind === 'env' && first.name, 'BILLING_API_URL');
    assert.equal(first.kind === 'env' && first.fallback, 'https://api.stripe.com');
    assert.equal(displayStr(url), '${BILLING_API_URL}/v1/charges');
  });

  it('resolves `new URL(path, base)` as the platform joins them', () => {
    const url = shape('searchUrl');
    assert.match(displayStr(url), /^\$\{BILLING_API_URL\}\/v1\/customers\/search$/);
  });

  it('marks a parameter of the enclosing function as a reference to be filled in per caller', () => {
    const url = shape('target');
    assert.equal(url.parts[0]?.kind, 'lit');
    assert.equal(url.parts[0]?.kind === 'lit' && url.parts[0].text, 'https://hooks.zapier.com/hooks/catch/');
    const ref = url.parts[1];
    assert.equal(ref?.kind, 'ref');
    assert.equal(ref?.kind === 'ref' && ref.index, 0);
  });

  it('stands the page origin for the organisation itself, and leaves an unseen function unknown', () => {
    assert.match(displayStr(shape('pageUrl')), /^same-origin:.*\/api\/checkout$/);
    assert.equal(isResolvedStr(shape('unknownUrl')), false);
  });

  it('follows a variable to its initializer: the URL argument of the call has the same shape', () => {
    const [upsert] = callsTo(sf, 'fetch');
    assert.equal(displayStr(kit.strings.eval(upsert!.arguments[0]!)), 'https://api.hubapi.com/crm/v3/objects/contacts');
  });
});

describe('joinUrl', () => {
  it('joins with exactly one slash, keeps an absolute path URL, and appends to an unknown base', () => {
    assert.equal(displayStr(joinUrl(lit('https://api.example.com/'), lit('/v1/users'))), 'https://api.example.com/v1/users');
    assert.equal(displayStr(joinUrl(lit('https://api.example.com'), lit('v1/users'))), 'https://api.example.com/v1/users');
    assert.equal(displayStr(joinUrl(lit('https://api.example.com'), lit('https://other.example.org/x'))), 'https://other.example.org/x');
    assert.equal(displayStr(joinUrl({ parts: [{ kind: 'env', name: 'API_URL' }] }, lit('users'))), '${API_URL}/users');
    // A base that ends in a variable and a path that starts with a slash: still one slash.
    assert.equal(displayStr(joinUrl({ parts: [{ kind: 'env', name: 'API_URL' }] }, lit('/users'))), '${API_URL}/users');
  });
});
