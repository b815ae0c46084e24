import axios from 'axios';
import { lagSporing, withRetry } from '../lib/retry';

interface Soker {
  sokerId: string;
  navn: string;
  fnr: string;
  epost: string;
  mobilnummer: string;
}

interface Soknad {
  soknadId: string;
  belop: number;
  lopetidMnd: number;
  soker: Soker;
}

const DB = 'http://soknad-db.lan:7000';
const VARSLING = 'https://varsling.konsern.example/api/epost';
const ARKIV = 'https://arkiv.konsern.example/api/dokumenter';
const KREDITTSJEKK = 'https://api.kredittsjekk.example/v3/personer';
const PRISMOTOR = 'https://pris.lanemotor.example/v1/kalkuler';
const SMS = 'https://sms.raskmelding.example/send';

async function hentSoknad(soknadId: string): Promise<Soknad> {
  const res = await fetch(`${DB}/soknader/${soknadId}`);
  if (!res.ok) throw new Error(`fant ikke søknad ${soknadId}`);
  return (await res.json()) as Soknad;
}

export async function behandleSoknad(soknadId: string): Promise<'innvilget' | 'avslatt'> {
  const soknad = await hentSoknad(soknadId);
  const { soker } = soknad;
  const spor = lagSporing('forbrukslan');

  const varsle = async (mal: string) => {
    await fetch(VARSLING, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mal, til: soker.epost, referanse: soknadId }),
    });
  };
  const arkiver = (dokumenttype: string, innhold: unknown) =>
    axios.post(ARKIV, { dokumenttype, eier: { navn: soker.navn, fnr: soker.fnr }, innhold });

  await spor('mottatt');
  await varsle('soknad-mottatt');

  const { data: kreditt } = await withRetry(() =>
    axios.post<{ score: number; betalingsanmerkninger: number }>(KREDITTSJEKK, { fodselsnummer: soker.fnr }),
  );
  const { data: pris } = await withRetry(() =>
    axios.post<{ rente: number }>(PRISMOTOR, { belop: soknad.belop, lopetidMnd: soknad.lopetidMnd }),
  );

  const innvilget = kreditt.score >= 600 && kreditt.betalingsanmerkninger === 0;
  await arkiver('vedtak', { innvilget, rente: pris.rente, belop: soknad.belop });
  await spor(innvilget ? 'innvilget' : 'avslatt');

  if (innvilget) {
    setTimeout(() => {
      void fetch(SMS, {
        method: 'POST',
        body: JSON.stringify({ til: soker.mobilnummer, tekst: `Lånet ditt er innvilget med ${pris.rente} % rente.` }),
      });
    }, 30 * 60_000);
  }
  await varsle(innvilget ? 'soknad-innvilget' : 'soknad-avslatt');
  return innvilget ? 'innvilget' : 'avslatt';
}
