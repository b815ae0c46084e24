import { createHash, createHmac } from 'node:crypto';

const NOKKEL = process.env.PSEUDONYM_NOKKEL ?? '';

/** 12345678901 → "*******8901": enough for support staff to confirm with the customer. */
export function maskerFnr(fnr: string): string {
  return fnr.replace(/\d(?=\d{4})/g, '*');
}

/** Keyed pseudonym of a customer number; the key never leaves our infrastructure. */
export function pseudonymiserKunde(kundenummer: string): string {
  return createHmac('sha256', NOKKEL).update(`kunde:${kundenummer}`).digest('base64url').slice(0, 22);
}

const MONSTRE: Array<[RegExp, string]> = [
  [/\b\d{11}\b/g, '[fnr]'],
  [/[\w.+-]+@[\w-]+\.[\w.-]+/g, '[epost]'],
  [/(\+47)?\s?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b/g, '[telefon]'],
  [/\b\d{4}\.?\d{2}\.?\d{5}\b/g, '[kontonummer]'],
];

/** Removes national ids, e-mail addresses, phone and account numbers from free text. */
export function fjernPersonopplysninger(tekst: string): string {
  return MONSTRE.reduce((acc, [monster, erstatning]) => acc.replace(monster, erstatning), tekst);
}

/** Unsalted digest, used for de-duplication only. Not a pseudonym: anyone can recompute it. */
export function sha256(verdi: string): string {
  return createHash('sha256').update(verdi).digest('hex');
}
