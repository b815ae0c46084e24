import { AMELDING_BASE_URL } from '../config';
import type { Ansatt } from '../../../shared/types';

export interface Kvittering {
  meldingsId: string;
  avvik: { kode: string; norskIdentifikator: string }[];
}

/**
 * Leverer a-meldingen for en kalendermåned. Opplysningsplikten følger av
 * a-opplysningsloven; Skatteetaten og NAV henter opplysningene herfra.
 */
export async function sendAmelding(
  orgnr: string,
  kalendermaaned: string,
  ansatte: Ansatt[],
  utbetalt: Map<string, number>,
): Promise<Kvittering> {
  const melding = {
    opplysningspliktig: { norskIdentifikator: orgnr },
    kalendermaaned,
    inntektsmottaker: ansatte.map((a) => ({
      norskIdentifikator: a.fnr,
      navn: a.navn,
      loennOgGodtgjoerelse: utbetalt.get(a.ansattnummer) ?? 0,
      stillingsprosent: a.stillingsprosent,
    })),
  };

  const res = await fetch(`${AMELDING_BASE_URL}/innsending/${orgnr}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.MASKINPORTEN_TOKEN ?? ''}`,
    },
    body: JSON.stringify(melding),
  });
  if (!res.ok) {
    throw new Error(`A-meldingen ble avvist: ${res.status}`);
  }
  return (await res.json()) as Kvittering;
}
