import { Router, type Request, type Response } from 'express';
import { PLAN_LABELS, isBusinessPlan, type MailchimpMember, type SignupForm } from '../types';
import { AccountConflictError, createAccount } from '../services/accounts';

const MAILCHIMP_MEMBERS = 'https://us21.api.mailchimp.com/3.0/lists/8f2a1c9d07/members';
const SLACK_WEBHOOK = 'https://hooks.slack.com/services/T04AB12CD/B05EF34GH/q8Zt1xYvLm';
const AMPLITUDE_API = 'https://api2.amplitude.com/2/httpapi';
const BREVO_CONTACTS = 'https://api.brevo.com/v3/contacts';

export const signupRouter = Router();

signupRouter.post('/signup', async (req: Request, res: Response) => {
  const { email, phone, fullName, ...rest } = req.body as SignupForm;
  if (!email || !fullName) {
    return res.status(400).json({ error: 'missing_fields' });
  }

  try {
    const account = await createAccount({ email, fullName, plan: rest.plan });
    console.info('account created', account.id, rest.plan);

    // Newsletter subscription: defaults first, then the subscriber's own fields.
    const defaults = { status: 'subscribed' as const, tags: ['signup', rest.plan] };
    const member: MailchimpMember = Object.assign({}, defaults, {
      email_address: email,
      merge_fields: { FNAME: fullName, PLAN: PLAN_LABELS[rest.plan] },
    });
    await fetch(MAILCHIMP_MEMBERS, {
      method: 'POST',
      headers: { Authorization: `apikey ${process.env.MAILCHIMP_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(member),
    });

    // The sales channel only needs to know which company picked a paid plan.
    if (isBusinessPlan(rest.plan)) {
      await fetch(SLACK_WEBHOOK, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: `New ${PLAN_LABELS[rest.plan]} signup from ${rest.companyName ?? 'an unnamed company'}` }),
      });
    }

    // Product analytics get the remaining form fields, none of them contact data.
    await fetch(AMPLITUDE_API, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        api_key: process.env.AMPLITUDE_KEY,
        events: [{ event_type: 'signup_completed', event_properties: rest }],
      }),
    });

    let smsContact: Record<string, unknown> = { listIds: [12], attributes: { PLAN: rest.plan } };
    if (phone && rest.smsConsent) {
      smsContact = { ...smsContact, attributes: { PLAN: rest.plan, SMS: phone } };
    }
    await fetch(BREVO_CONTACTS, {
      method: 'POST',
      headers: { 'api-key': process.env.BREVO_KEY ?? '', 'Content-Type': 'application/json' },
      body: JSON.stringify(smsContact),
    });

    const announcement = `:tada: ${fullName} <${email}> just joined on ${PLAN_LABELS[rest.plan]}`;
    await fetch(SLACK_WEBHOOK, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: announcement }),
    });

    return res.status(201).json({ ok: true, accountId: account.id });
  } catch (err) {
    if (err instanceof AccountConflictError) {
      return res.status(409).json({ error: 'already_registered' });
    }
    console.error('signup failed', err);
    return res.status(500).json({ error: 'internal' });
  }
});
