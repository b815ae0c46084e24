import { postJson } from '../lib/http';
import { recordDeal, upsertContact } from '../integrations/hubspot';

const SLACK_SALES = 'https://hooks.slack.com/services/T01ACME/B07SALES/Yk2pQ9dWz1';

export interface NewWorkspace {
  slug: string;
  seats: number;
  plan: 'starter' | 'business';
  owner: { email: string; fullName: string; userId: string };
}

const PRICE_PER_SEAT_NOK = 99;

export async function onWorkspaceCreated(ws: NewWorkspace): Promise<void> {
  const { owner } = ws;

  await upsertContact(owner.email, owner.fullName, ws.plan === 'business' ? 'customer' : 'lead');

  if (ws.plan === 'business') {
    await recordDeal(ws.slug, ws.seats * PRICE_PER_SEAT_NOK);
  }

  await postJson(SLACK_SALES, {
    text: `New ${ws.plan} workspace *${ws.slug}* with ${ws.seats} seats`,
  });

  await postJson('https://api.acme-internal.net/v1/onboarding/tasks', {
    userId: owner.userId,
    email: owner.email,
    checklist: ['invite-team', 'connect-bank', 'import-customers'],
  });

  console.info(`onboarding started for workspace ${ws.slug}`);
}
