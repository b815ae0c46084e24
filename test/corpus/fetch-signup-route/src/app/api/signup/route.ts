import { NextResponse } from 'next/server';
import { parseSignup, SignupInput, SignupValidationError } from '@/lib/signup-schema';

const LEADFLOW_URL = 'https://api.leadflow.io/v2/contacts';
const SLACK_SIGNUP_HOOK = 'https://hooks.slack.com/services/T0423/B0991/signups';
const AUDIT_URL = 'https://audit.internal.brightdesk.io/events';
const JOBS_URL = 'https://jobs.internal.brightdesk.io/enqueue';

interface LeadflowContact {
  id: string;
  created: boolean;
}

export async function POST(request: Request) {
  let input: SignupInput;
  try {
    input = parseSignup(await request.json());
  } catch (err) {
    const field = err instanceof SignupValidationError ? err.field : 'body';
    return NextResponse.json({ error: 'invalid_payload', field }, { status: 400 });
  }

  const { email, phone, plan, emailTemplateId, marketingOptIn } = input;

  // Our own audit trail runs on the internal network.
  await fetch(AUDIT_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'signup', email, plan }),
  });

  const flagsRes = await fetch(`https://flags.flagpole.dev/v1/evaluate?env=production&plan=${plan}`);
  const flags: Record<string, boolean> = flagsRes.ok ? await flagsRes.json() : {};

  let contact: LeadflowContact | null = null;
  if (marketingOptIn) {
    const crmRes = await fetch(LEADFLOW_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${process.env.LEADFLOW_TOKEN ?? ''}`,
      },
      body: JSON.stringify({ email, phone, source: 'website-signup', plan }),
    });
    if (crmRes.ok) {
      contact = (await crmRes.json()) as LeadflowContact;
    } else {
      console.warn('leadflow rejected signup', crmRes.status);
    }
  }

  await fetch(JOBS_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'welcome-email', emailTemplateId, to: email, onboardingV2: flags.onboardingV2 === true }),
  });

  try {
    await fetch(SLACK_SIGNUP_HOOK, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: `New ${plan} signup (template ${emailTemplateId})` }),
    });
  } catch (err) {
    console.error('slack notification failed', err);
  }

  return NextResponse.json({ ok: true, crmContact: contact?.id ?? null }, { status: 201 });
}
