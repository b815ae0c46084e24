import nodemailer, { Transporter } from 'nodemailer';

function smtpAuth(prefix: string) {
  return { user: process.env[`${prefix}_SMTP_USER`], pass: process.env[`${prefix}_SMTP_PASSORD`] };
}

/** Utgående fakturaer til kundene våre, via Amazon SES i Stockholm. */
export const fakturaTransport: Transporter = nodemailer.createTransport({
  host: 'email-smtp.eu-north-1.amazonaws.com',
  port: 465,
  secure: true,
  auth: smtpAuth('SES'),
});

/** Bilag til regnskapsbyrået, rett inn i deres mottak. */
export const byraaTransport: Transporter = nodemailer.createTransport({
  host: 'smtp.tallogbilag.example',
  port: 587,
  auth: smtpAuth('BYRAA'),
});

/** Oversendelse av ubetalte krav til inkassopartneren. */
export const inkassoTransport: Transporter = nodemailer.createTransport({
  host: 'mx.kredittnord.example',
  port: 25,
  secure: false,
  requireTLS: true,
});

/** MailHog på utviklermaskinen: ingenting sendes ut. */
export const forhandsvisningTransport: Transporter = nodemailer.createTransport({
  host: '127.0.0.1',
  port: 1025,
  ignoreTLS: true,
});

export const AVSENDER = '"Fakturaflyt" <faktura@fakturaflyt.no>';
