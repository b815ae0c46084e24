import api, { isConflict } from '../http/internal-http';
import { idsjekkHttp, lonnHttp } from '../http/partner-http';

export interface Ansatt {
  ansattnummer: string;
  fnr: string;
  navn: string;
  epost: string;
  kontonummer: string;
  stillingsprosent: number;
  avdelingskode: string;
}

export async function nyAnsatt(ansatt: Ansatt): Promise<void> {
  const { data: sjekk } = await idsjekkHttp.post<{ gyldig: boolean }>('/verify', {
    fodselsnummer: ansatt.fnr,
    navn: ansatt.navn,
  });
  if (!sjekk.gyldig) throw new Error(`identiteten til ansatt ${ansatt.ansattnummer} kunne ikke bekreftes`);

  try {
    await lonnHttp.post('/ansatte', {
      ansattnummer: ansatt.ansattnummer,
      fnr: ansatt.fnr,
      navn: ansatt.navn,
      kontonummer: ansatt.kontonummer,
      stillingsprosent: ansatt.stillingsprosent,
    });
  } catch (err) {
    if (!isConflict(err)) throw err;
  }
  await api.patch(`/ansatte/${ansatt.ansattnummer}`, { lonnSynket: true, epost: ansatt.epost });
}

export async function apnePerioder(): Promise<string[]> {
  const { data } = await lonnHttp.get<Array<{ periode: string; status: string }>>('/perioder', {
    params: { status: 'open' },
  });
  return data.map((p) => p.periode);
}

export async function meldLonnskjoringFerdig(periode: string, antall: number): Promise<void> {
  await api.post('/lonnskjoringer', { periode, antall, fullfort: new Date().toISOString() });
}
