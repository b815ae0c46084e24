import axios from 'axios';
import { hashEmail, normalizePhone, pseudonymize, sha256 } from '../lib/privacy';
import { closePool, loadPurchasers } from '../lib/purchasers';

const FB_AUDIENCE = 'https://graph.facebook.com/v19.0/23851234567890/users';
const MIXPANEL_IMPORT = 'https://api-eu.mixpanel.com/import';
const BRAZE_TRACK = 'https://rest.fra-02.braze.eu/users/track';
const brazeAuth = { headers: { Authorization: `Bearer ${process.env.BRAZE_KEY}` } };

async function syncPage(since: string, offset: number): Promise<number> {
  const purchasers = await loadPurchasers(since, offset);
  if (purchasers.length === 0) return 0;

  // Lookalike audience: the ad platform matches on unsalted SHA-256 of the address.
  await axios.post(FB_AUDIENCE, {
    payload: { schema: ['EMAIL_SHA256'], data: purchasers.map((p) => [sha256(p.email)]) },
    access_token: process.env.FB_TOKEN,
  });

  const events = purchasers.map((p) => ({
    event: 'subscription_snapshot',
    properties: { distinct_id: pseudonymize(p.userId), plan: p.plan, seats: p.seats, time: Date.now() },
  }));
  await axios.post(MIXPANEL_IMPORT, events, { auth: { username: process.env.MIXPANEL_SECRET ?? '', password: '' } });

  for (const p of purchasers) {
    await axios.post(
      BRAZE_TRACK,
      { attributes: [{ external_id: pseudonymize(p.userId), email_key: hashEmail(p.email), plan: p.plan }] },
      brazeAuth,
    );
  }

  const smsAudience = purchasers
    .filter((p) => p.plan !== 'free')
    .map((p) => ({ external_id: pseudonymize(p.userId), phone: normalizePhone(p.phone) }));
  await axios.post(BRAZE_TRACK, { attributes: smsAudience }, brazeAuth);

  return purchasers.length;
}

async function main(): Promise<void> {
  const since = process.argv[2] ?? new Date(Date.now() - 86_400_000).toISOString();
  let offset = 0;
  for (let n = await syncPage(since, offset); n > 0; n = await syncPage(since, offset)) {
    offset += n;
  }
  console.log(`synced ${offset} purchasers changed since ${since}`);
}

main()
  .catch((err) => {
    console.error('audience sync failed', err);
    process.exitCode = 1;
  })
  .finally(closePool);
