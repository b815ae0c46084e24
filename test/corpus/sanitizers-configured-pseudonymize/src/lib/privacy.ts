import { createHash, createHmac } from 'node:crypto';

const PSEUDONYM_KEY = process.env.PSEUDONYM_KEY ?? '';

if (!PSEUDONYM_KEY && process.env.NODE_ENV === 'production') {
  throw new Error('PSEUDONYM_KEY must be set in production');
}

/** Keyed, rotating pseudonym: the vendor cannot reverse it without our key. */
export function pseudonymize(value: string): string {
  return createHmac('sha256', PSEUDONYM_KEY).update(`v3:${value}`).digest('base64url');
}

/** Keyed pseudonym of a normalised e-mail address. */
export function hashEmail(email: string): string {
  return pseudonymize(email.trim().toLowerCase());
}

/** Plain SHA-256, as the ad platforms want it for matching. Not a pseudonym we control. */
export function sha256(value: string): string {
  return createHash('sha256').update(value.trim().toLowerCase()).digest('hex');
}

export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('47') ? `+${digits}` : `+47${digits}`;
}
