import axios from 'axios';
import Analytics from '@segment/analytics-node';

interface Lønnslinje {
  ansattId: string;
  fornavn: string;
  etternavn: string;
  kontonummer: string;
  nettolønn: number;
}

const BANK = 'https://api.oppgjorsbank.no/betaling/v1/batcher';
const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export async function utbetal(periode: string): Promise<void> {
  const { data: linjer } = await axios.get<Lønnslinje[]>(`${process.env.LONN_API_URL}/perioder/${periode}/linjer`);

  const betalinger = linjer.map((l) => ({
    mottakerKonto: l.kontonummer,
    mottakerNavn: `${l.fornavn} ${l.etternavn}`,
    beløp: l.nettolønn,
    melding: `Lønn ${periode}`,
  }));
  await axios.post(BANK, { fraKonto: process.env.FIRMAKONTO, betalinger });

  for (const l of linjer) {
    analytics.track({ userId: l.ansattId, event: 'Lønn utbetalt', properties: { periode } });
  }
  analytics.track({ anonymousId: 'lonnsjobb', event: 'Lønnskjøring fullført', properties: { periode, antall: linjer.length } });

  await analytics.flush();
}
