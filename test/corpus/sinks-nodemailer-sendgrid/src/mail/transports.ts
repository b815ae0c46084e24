import nodemailer from 'nodemailer';

/** Customer-facing mail goes out through SendGrid's SMTP relay (better deliverability). */
export const sendgridSmtp = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  secure: false,
  auth: { user: 'apikey', pass: process.env.SENDGRID_API_KEY },
  pool: true,
  maxConnections: 5,
});

/** Staff notifications stay on our own relay in the office network. */
export const staffRelay = nodemailer.createTransport({
  host: 'mailrelay.internal.tallyhub.example',
  port: 25,
  secure: false,
  tls: { rejectUnauthorized: true },
});

export const FROM_ADDRESS = '"Tallyhub" <hello@tallyhub.io>';
export const OPS_MAILBOX = 'ops@tallyhub.io';
export const ACCOUNTING_MAILBOX = 'accounting@tallyhub.io';

export async function verifyTransports(): Promise<void> {
  await Promise.all([sendgridSmtp.verify(), staffRelay.verify()]);
}
