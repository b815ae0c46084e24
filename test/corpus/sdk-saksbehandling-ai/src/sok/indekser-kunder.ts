import algoliasearch from 'algoliasearch';
import { hentAlleKunder, Kunde } from '../lager';

const klient = algoliasearch(process.env.ALGOLIA_APP_ID ?? '', process.env.ALGOLIA_ADMIN_KEY ?? '');
const indeks = klient.initIndex('kunder');

interface Sokeobjekt {
  objectID: string;
  navn: string;
  epost: string;
  antallSaker: number;
}

export async function indekserKunder(): Promise<number> {
  await indeks.setSettings({
    searchableAttributes: ['navn', 'epost'],
    customRanking: ['desc(antallSaker)'],
  });

  const kunder: Kunde[] = await hentAlleKunder();
  const objekter: Sokeobjekt[] = kunder.map((kunde) => ({
    objectID: kunde.kundeId,
    navn: kunde.navn,
    epost: kunde.epost,
    antallSaker: kunde.antallSaker,
  }));

  const { objectIDs } = await indeks.saveObjects(objekter);
  console.info(`indekserte ${objectIDs.length} kunder`);
  return objectIDs.length;
}

if (require.main === module) {
  indekserKunder().catch((err) => {
    console.error('indeksering feilet', err);
    process.exitCode = 1;
  });
}
