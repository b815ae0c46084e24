import Mixpanel from 'mixpanel';
import { maskerFnr, pseudonymiserKunde } from '../personvern/vask';

const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? '', { host: 'api-eu.mixpanel.com' });
const KVALITET = 'https://api.kvalitetsportal.example/v1/stikkprover';

export interface LukketSak {
  saksnummer: string;
  kundenummer: string;
  fnr: string;
  kategori: 'faktura' | 'innlogging' | 'lonn' | 'annet';
  minutterBrukt: number;
}

/** Case-handling statistics: the analytics vendor only ever sees the keyed pseudonym. */
export function sporLukketSak(sak: LukketSak): void {
  mixpanel.track('sak_lukket', {
    distinct_id: pseudonymiserKunde(sak.kundenummer),
    kategori: sak.kategori,
    minutter: sak.minutterBrukt,
  });
}

/** Random sample for the quality team, who call the customer back to confirm the answer. */
export async function sendStikkprove(sak: LukketSak): Promise<void> {
  const maskertFnr = maskerFnr(sak.fnr);
  const res = await fetch(KVALITET, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.KVALITET_TOKEN}` },
    body: JSON.stringify({ saksnummer: sak.saksnummer, kunde: pseudonymiserKunde(sak.kundenummer), fnr: maskertFnr }),
  });
  if (!res.ok) {
    console.warn(`kvalitetsportalen svarte ${res.status}`);
  }
}
