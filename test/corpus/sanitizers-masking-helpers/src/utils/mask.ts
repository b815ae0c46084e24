/** Keeps the first character of the local part and the domain: k***@example.com */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** Keeps the last two digits: ******12 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${'*'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
}

/** Removes the value completely; used where even a partial value would be too much. */
export function redact(_value: unknown): string {
  return '[redacted]';
}

/** Pretty-prints a Norwegian number: +47 912 34 567 */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').replace(/^47/, '');
  return `+47 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
