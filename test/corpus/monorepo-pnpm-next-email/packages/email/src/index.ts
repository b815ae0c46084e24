import { Resend } from 'resend';
import { statusDigestHtml, welcomeHtml } from './templates';

const resend = new Resend(process.env.RESEND_API_KEY);

const FROM = 'Acme <hello@acme.dev>';

export interface WelcomeEmail {
  to: string;
  name: string;
}

/** Sent once, right after a new account is created. */
export async function sendWelcomeEmail({ to, name }: WelcomeEmail) {
  const { error } = await resend.emails.send({
    from: FROM,
    to,
    subject: `Welcome to Acme, ${name}`,
    html: welcomeHtml(name),
  });
  if (error) throw new Error(`welcome email failed: ${error.message}`);
}

export interface StatusDigest {
  to: string;
  openIncidents: number;
  deploysToday: number;
}

/** The daily operations digest for the on-call mailbox. */
export async function sendStatusDigest(digest: StatusDigest) {
  await resend.emails.send({
    from: FROM,
    to: digest.to,
    subject: `Status: ${digest.openIncidents} open incidents`,
    html: statusDigestHtml(digest.openIncidents, digest.deploysToday),
  });
}
