import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeProject, summarize } from '../support/temp-project';

describe('fluent setters of SDK payload builders (the SDK is not loaded)', () => {
  it('carry what each one-argument set<Field>(v) puts in, chained or as a statement', () => {
    const { dir, findings } = analyzeProject({
      'src/tracking/meta-capi.ts': `import { createHash } from 'node:crypto';
import { CustomData, ServerEvent, UserData } from 'facebook-nodejs-business-sdk';

const PIXEL_URL = 'https://graph.facebook.com/v19.0/' + process.env.META_PIXEL_ID + '/events';
const hashed = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex');

async function post(events: ServerEvent[]) {
  await fetch(PIXEL_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: events.map((e) => e.normalize()) }) });
}

export async function trackPurchase(customer: { email: string; phone: string }, clientIp: string, total: number) {
  const userData = new UserData().setEmail(hashed(customer.email));
  userData.setPhone(hashed(customer.phone));
  userData.setClientIpAddress(clientIp);
  const purchase = new ServerEvent()
    .setEventName('Purchase')
    .setEventTime(Math.floor(Date.now() / 1000))
    .setUserData(userData)
    .setCustomData(new CustomData().setValue(total).setCurrency('EUR'));
  await post([purchase]);
}

export async function trackPageView(pagePath: string, visitors: number) {
  const view = new ServerEvent().setEventName('PageView').setEventSourceUrl(pagePath).setCustomData(new CustomData().setValue(visitors));
  await post([view]);
}
`,
    });
    // The events posted at line 20 carry what the setters put in. (The catalog also counts each
    // Conversions API setter as handing data to Meta's SDK: those findings stand at lines 12–15.)
    const all = summarize(dir, findings);
    assert.ok(all.includes('src/tracking/meta-capi.ts:20 undeclared-recipient [user.contact.email, user.contact.phone_number, user.device.ip_address]'), all.join('\n'));
    assert.ok(!all.some((f) => /meta-capi\.ts:(2[4-9]|3\d) /.test(f)), 'the page view carries no personal data');
  });
});
