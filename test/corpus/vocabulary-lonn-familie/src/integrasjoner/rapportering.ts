import got from 'got';
import { Ansatt } from '../lonn/ansatt';
import { hentAktiveAnsatte, nettolonnForPeriode } from '../lonn/register';

const SKATT = 'https://api.skatteetaten.example/a-melding/v2';
const LONNSSTATISTIKK = 'https://api.lonnsstatistikk.example/v1';
const BANK = 'https://api.sparebank-nord.example/bedrift/v1';

export async function sendAMelding(periode: string): Promise<void> {
  const ansatte: Ansatt[] = await hentAktiveAnsatte();
  const res = await fetch(`${SKATT}/innsending`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      periode,
      inntektsmottakere: ansatte.map((a) => ({
        fødselsnummer: a.fødselsnummer,
        arbeidsgiver: a.arbeidsgiver,
        stillingstittel: a.stillingstittel,
        årslønn: a.årslønn,
      })),
    }),
  });
  if (!res.ok) throw new Error(`a-meldingen ble avvist: ${res.status}`);
}

/** Bransjeforeningens lønnsstatistikk: én rad per ansatt, uten navn eller fødselsnummer. */
export async function rapporterLonnsstatistikk(år: number): Promise<void> {
  const ansatte = await hentAktiveAnsatte();
  await fetch(`${LONNSSTATISTIKK}/innrapportering/${år}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(
      ansatte.map((a) => ({ stillingstittel: a.stillingstittel, utdanning: a.utdanning, årslønn: a.årslønn })),
    ),
  });
}

export async function utbetalLonn(periode: string): Promise<void> {
  for (const a of await hentAktiveAnsatte()) {
    const belop = await nettolonnForPeriode(a.ansattnummer, periode);
    try {
      await got.post(`${BANK}/utbetalinger`, {
        json: { kontonummer: a.kontonummer, mottakernavn: a.fulltNavn, belop, kid: null, melding: `Lønn ${periode}` },
      });
    } catch (feil) {
      console.error(`Utbetaling for periode ${periode} feilet`, (feil as Error).message);
    }
  }
}
