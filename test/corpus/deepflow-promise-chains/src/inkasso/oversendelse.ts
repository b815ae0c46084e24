import axios from 'axios';
import got from 'got';
import * as Sentry from '@sentry/node';
import { hentForfalteFakturaer, hentKunde, kundeoversikt, type Faktura } from '../kunder/kunde-api';

const INKASSO_SAKER = 'https://api.kreditorvakt.example/v1/saker';
const INKASSO_STATUS = 'https://api.kreditorvakt.example/v1/status';
const PURRETJENESTE = 'https://purring.brevduen.example/api/reminders';

export function sendTilInkasso(faktura: Faktura): Promise<string> {
  return hentKunde(faktura.kundenummer)
    .then((kunde) => ({
      skyldner: { navn: kunde.navn, fodselsnummer: kunde.fodselsnummer, adresse: kunde.adresse },
      krav: { fakturanummer: faktura.fakturanummer, belop: faktura.belop, forfall: faktura.forfall },
    }))
    .then((sak) => axios.post<{ saksnummer: string }>(INKASSO_SAKER, sak))
    .then((res) => res.data.saksnummer)
    .catch((err) => {
      Sentry.captureException(err, { tags: { fakturanummer: faktura.fakturanummer } });
      throw err;
    });
}

export function sendPurring(faktura: Faktura): Promise<void> {
  return kundeoversikt(faktura.kundenummer)
    .then((oversikt) =>
      got.post(PURRETJENESTE, {
        json: { kundenummer: oversikt.kundenummer, til: oversikt.epost, belop: faktura.belop, mal: 'purring-1' },
      }),
    )
    .then(() => undefined);
}

export async function kjorInkassoJobb(): Promise<void> {
  const fakturaer = await hentForfalteFakturaer(45);
  const resultater = await Promise.allSettled(
    fakturaer.map((f) => (f.purringer >= 2 ? sendTilInkasso(f) : sendPurring(f))),
  );
  const feilet = resultater.filter((r) => r.status === 'rejected').length;

  await axios
    .post(INKASSO_STATUS, { kjort: new Date().toISOString(), antall: fakturaer.length, feilet })
    .then(() => console.info(`inkassojobb ferdig: ${fakturaer.length} fakturaer, ${feilet} feilet`))
    .catch((err) => console.error('kunne ikke melde status', err));
}
