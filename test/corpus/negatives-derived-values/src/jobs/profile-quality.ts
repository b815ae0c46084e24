import axios from 'axios';
import { db } from './db';

const INSIGHTS = 'https://api.insights-cloud.io/v1/metrics';
const SENDGRID_MAIL = 'https://api.sendgrid.com/v3/mail/send';

interface UserRow {
  userId: string;
  email: string;
  phone: string | null;
  address: string | null;
  emailConfirmedAt: Date | null;
}

const REMINDER_SUBJECT = 'Please confirm your e-mail address';

// Profile completeness is reported as shapes and flags only: we never send the e-mail
// address, the phone number or the postal address to the insights vendor.
export async function reportProfileQuality(): Promise<void> {
  const users: UserRow[] = await db.many('select user_id as "userId", email, phone, address, email_confirmed_at as "emailConfirmedAt" from users');

  const summary = users.map((user) => ({
    hasPhone: !!user.phone,
    hasAddress: user.address !== null && user.address.trim().length > 0,
    emailLength: user.email.length,
    plusAddressing: user.email.includes('+'),
    confirmed: Boolean(user.emailConfirmedAt),
    preferredChannel: user.phone ? 'sms' : 'email',
  }));

  await axios.post(INSIGHTS, {
    metric: 'profile_quality',
    samples: summary,
    labels: { source: 'nightly-job', note: 'email and phone are reported as booleans only' },
  });

  const unconfirmed = users.filter((u) => u.emailConfirmedAt === null);
  await axios.post(INSIGHTS, { metric: 'unconfirmed_email_total', value: unconfirmed.length });

  for (const user of unconfirmed.slice(0, 1000)) {
    await axios.post(
      SENDGRID_MAIL,
      {
        from: { email: 'hei@acme.no', name: 'Acme' },
        personalizations: [{ to: [{ email: user.email }] }],
        subject: REMINDER_SUBJECT,
        content: [{ type: 'text/plain', value: 'Click the link in our previous email to confirm your email address.' }],
      },
      { headers: { Authorization: `Bearer ${process.env.SENDGRID_KEY}` } },
    );
  }
}
