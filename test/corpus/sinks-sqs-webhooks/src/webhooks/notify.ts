import { findSignupsSince } from '../signup/signup-store';
import { listActiveSubscriptions } from './subscriptions';

const SALES_SLACK_WEBHOOK = 'https://hooks.slack.com/services/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';

async function postJson(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`webhook ${new URL(url).host} answered ${res.status}`);
}

export async function announceTeamSignups(since: Date): Promise<void> {
  const signups = (await findSignupsSince(since)).filter((s) => s.plan === 'team');
  for (const s of signups) {
    await fetch(SALES_SLACK_WEBHOOK, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `New team signup: ${s.fullName} <${s.email}>` }),
    });
  }
}

/** Customers register their own webhook URLs in the dashboard; we tell them about new users. */
export async function deliverUserCreatedWebhooks(since: Date): Promise<void> {
  const signups = await findSignupsSince(since);
  const subscriptions = await listActiveSubscriptions('user.created');
  for (const sub of subscriptions) {
    for (const s of signups.filter((x) => x.workspaceId === sub.workspaceId)) {
      try {
        await postJson(sub.targetUrl, { event: 'user.created', userId: s.userId, createdAt: s.createdAt });
      } catch (err) {
        console.warn(`webhook delivery failed for subscription ${sub.id}`, (err as Error).message);
      }
    }
  }
}
