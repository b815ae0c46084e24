import { PostHog } from 'posthog-node';
import { badRequest, TrialSignup } from '../../../lib/schemas';

const CLOSE_LEADS = 'https://api.close.com/api/v1/lead/';
const BILLING_QUOTES = 'https://api.usage-billing.example/v1/quotes';
const posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.i.posthog.com', flushAt: 1 });

export async function POST(req: Request) {
  const parsed = TrialSignup.safeParse(await req.json());
  if (!parsed.success) return badRequest(parsed.error);
  const signup: TrialSignup = parsed.data;

  const lead = await fetch(CLOSE_LEADS, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${process.env.CLOSE_API_KEY}:`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: signup.company,
      contacts: [{ emails: [{ email: signup.contact, type: 'office' }] }],
      custom: { seats: signup.seats },
    }),
  });
  if (!lead.ok) {
    console.error('close.com rejected lead', lead.status);
  }

  const quote = await fetch(BILLING_QUOTES, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.BILLING_KEY ?? '' },
    body: JSON.stringify({ seats: signup.seats, referral: signup.referral ?? null, trialDays: 30 }),
  });

  posthog.capture({ distinctId: signup.contact, event: 'trial_started', properties: { seats: signup.seats } });
  await posthog.shutdown();

  return Response.json({ ok: true, quote: await quote.json() }, { status: 201 });
}
