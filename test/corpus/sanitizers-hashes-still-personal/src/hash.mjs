import { createHash, createHmac, randomUUID } from 'node:crypto';

const TENANT_SALT = process.env.PSEUDONYM_SALT;

if (!TENANT_SALT) {
  console.warn('PSEUDONYM_SALT is not set; pseudonyms will not be stable across restarts');
}

const fallbackSalt = randomUUID();

/** Hex SHA-256 of a normalised value, the format ad platforms ask for. */
export function sha256Hex(value) {
  return createHash('sha256').update(String(value).trim().toLowerCase()).digest('hex');
}

/** Our keyed pseudonym: stable for us, meaningless to anyone without the salt. */
export function toPseudonym(value) {
  return createHmac('sha256', TENANT_SALT ?? fallbackSalt).update(String(value)).digest('hex').slice(0, 32);
}

export function eventId() {
  return randomUUID();
}
