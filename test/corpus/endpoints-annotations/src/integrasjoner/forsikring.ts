import axios from 'axios';
import { hentAnsatte, hentInnstilling } from '../lager';

const PENSJONSPORTAL = 'https://api.pensjonsportalen.example.no';

/**
 * Sender nyansatte til forsikringsmegleren slik at de får gruppelivsforsikring fra første dag.
 * Adressen til megleren er konfigurerbar per kunde.
 *
 * @disclose recipient=forsikringsmegler
 */
export async function meldInnNyansatte(): Promise<number> {
  const nyansatte = await hentAnsatte({ ansattEtter: new Date(Date.now() - 30 * 86_400_000) });
  const meglerUrl = await hentInnstilling('forsikring.megler-url');

  await axios.post(meglerUrl, {
    ordning: 'gruppeliv',
    personer: nyansatte.map((ansatt) => ({ fnr: ansatt.fnr, fødselsdato: ansatt.fødselsdato })),
  });
  return nyansatte.length;
}

export async function oppdaterPensjonsportal(): Promise<void> {
  const ansatte = await hentAnsatte({ aktiv: true });
  for (const ansatt of ansatte) {
    const url = new URL(`/v1/medlemmer/${ansatt.ansattId}`, PENSJONSPORTAL);
    const svar = await fetch(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ stillingsprosent: ansatt.stillingsprosent, epost: ansatt.epost }),
    });
    if (!svar.ok) console.warn(`pensjonsportalen svarte ${svar.status}`);
  }
  await axios.post(`${process.env.API_BASE_URL}/jobber/pensjon/ferdig`, { antall: ansatte.length });
}
