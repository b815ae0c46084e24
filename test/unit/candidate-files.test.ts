import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { builtinData } from '../../server/src/analysis/engine';
import { CandidateFilter } from '../../server/src/analysis/sinks/candidate-names';

// Which files a whole-workspace run starts from: those that can hand data to a sink directly.
// Each one brings its imports into the analysis, so a file that only mentions a vendor's global
// in passing (a provider list, a comment, a logo component) must not be one.
const filter = new CandidateFilter(builtinData().catalog);

describe('files that can hold a sink', () => {
  it('counts a global sink that is called or read from', () => {
    const uses = [
      `export async function load({ fetch, params }) {\n  const res = await fetch(\`/api/polls/\${params.id}\`);\n  return res.json();\n}`,
      `export function trackSignup(user: User) {\n  window.analytics.track('Signed Up', { email: user.email });\n}`,
      `export const identify = (u: User) => analytics?.identify(u.id, { email: u.email });`,
      `const { data } = await useFetch<Profile>('/api/me');`,
      `const profile = await $fetch<Profile>('https://api.example.com/me', { method: 'POST', body: user });`,
      `const socket = new WebSocket(url);\nsocket.send(JSON.stringify({ email }));`,
      `navigator.sendBeacon('/collect', JSON.stringify({ userId }));`,
      `const send = globalThis.fetch;\nawait send(endpoint, { method: 'POST', body });`,
      `window.Intercom('boot', { app_id: APP_ID, email: user.email });`,
    ];
    for (const text of uses) assert.equal(filter.mayContainSink(text), true, text);
  });

  it('counts an import of a client or SDK module, however the file uses it', () => {
    assert.equal(
      filter.mayContainSink(`import { Resend } from "resend";\nexport const resend = new Resend(process.env.RESEND_API_KEY);`),
      true,
    );
    assert.equal(filter.mayContainSink(`const Sentry = require('@sentry/node');`), true);
    assert.equal(
      filter.mayContainSink(`import type Stripe from 'stripe';\nexport function toInvoice(i: Stripe.Invoice) { return i.id; }`),
      true,
    );
  });

  it('does not count a global sink named only in words, keys or markup', () => {
    const mentions = [
      // A provider list and a sign-in button.
      `export const providers = [{ id: "google", name: "Google" }, { id: "github", name: "GitHub" }];\nconst google = providers[0];`,
      `// Refetch when the tab regains focus; the first fetch happens on mount.\nexport const options = { refetchOnWindowFocus: true, staleTime: 60_000 };`,
      `export function StripeLogo() {\n  return <svg aria-label="Stripe"><title>Stripe</title></svg>;\n}`,
      `export const competitors = [{ name: "Clarity", description: "analytics and heatmaps" }];`,
      `const copy = { heading: 'Connect Stripe', body: 'We never fetch card numbers.' };`,
    ];
    for (const text of mentions) assert.equal(filter.mayContainSink(text), false, text);
  });
});
