import { KUNDESENTER_URL } from '../config';
import type { Kunde } from '../../../shared/types';

/**
 * Holder Visma Kundesenter oppdatert på hvem som er kontaktperson hos kunden,
 * slik at kundestøtten i konsernet ser samme kunde på tvers av produktene.
 */
export async function synkroniserKontaktperson(kunde: Kunde): Promise<void> {
  const url = new URL(`/v1/kunder/${kunde.orgnr}/kontakter`, KUNDESENTER_URL);
  const res = await fetch(url, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.KUNDESENTER_TOKEN ?? ''}`,
    },
    body: JSON.stringify({
      ...kunde.kontaktperson,
      produkt: 'timeforing',
      abonnement: kunde.abonnement,
    }),
  });
  if (!res.ok) {
    throw new Error(`Kundesenter svarte ${res.status}`);
  }
}
