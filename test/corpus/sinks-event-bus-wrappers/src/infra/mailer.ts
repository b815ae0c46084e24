import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: 'smtp.eu.mailgun.org',
  port: 587,
  auth: { user: process.env.MAILGUN_SMTP_LOGIN, pass: process.env.MAILGUN_SMTP_PASSWORD },
});

export const OPS_MAILBOX = 'ops@tallyhub.io';

/** Sends a plain-text e-mail; retries once on a temporary SMTP failure. */
export async function notify(to: string, subject: string, body: string): Promise<void> {
  const message = { from: 'Tallyhub <no-reply@tallyhub.io>', to, subject, text: body };
  try {
    await transport.sendMail(message);
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode ?? 0;
    if (code < 400 || code >= 500) throw err;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await transport.sendMail(message);
  }
}
