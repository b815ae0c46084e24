import { createHmac } from 'node:crypto';
import { PSEUDONYM_SALT } from '../config';

/**
 * Stabil referanse til en person som ikke kan spores tilbake uten saltet.
 * Brukes i driftsvarsler og logger i stedet for navn og ansattnummer.
 */
export function pseudonymize(verdi: string): string {
  return createHmac('sha256', PSEUDONYM_SALT).update(verdi).digest('hex').slice(0, 16);
}
