import got from 'got';
import { alderPaa, lesMedlemmer, type Medlem } from './medlemsregister';

const MEDLEMSNETT = 'https://import.medlemsnett.example/v1/klubber/1234';
const SKJEMASJEKK = 'https://schema.csvsjekk.example/v1/validate';
const NETTSIDE = 'https://api.klubbsider.example/v1/sites/solvang-il/members';
const KASSERER = 'https://api.kassaboka.example/v1/kontingent';
const LOTTERITILSYNET = 'https://api.lottstift.example/momskompensasjon/v1/soknader';

const IKKE_PUBLISER = new Set<keyof Medlem>(['epost', 'telefon', 'fodselsdato']);

function csvLinje(verdier: unknown[]): string {
  return verdier.map((v) => `"${String(v).replaceAll('"', '""')}"`).join(';');
}

export async function eksporterTilForbundet(fil: string): Promise<number> {
  const medlemmer = await lesMedlemmer(fil);
  const kolonner = Object.keys(medlemmer[0] ?? {});
  await got.post(SKJEMASJEKK, { json: { schema: 'medlemsnett-v1', kolonner } });

  const linjer = [csvLinje(kolonner), ...medlemmer.map((m) => csvLinje(Object.values(m)))];
  await got.post(`${MEDLEMSNETT}/import`, { body: linjer.join('\n'), headers: { 'content-type': 'text/csv' } });
  return medlemmer.length;
}

export async function publiserPaaNettsiden(fil: string): Promise<number> {
  const medlemmer = await lesMedlemmer(fil);
  const offentlige = medlemmer.map((m) =>
    Object.fromEntries(Object.entries(m).filter(([felt]) => !IKKE_PUBLISER.has(felt as keyof Medlem))),
  );
  await got.put(NETTSIDE, { json: { medlemmer: offentlige } });
  return offentlige.length;
}

export async function meldKontingentstatus(fil: string): Promise<number> {
  const medlemmer = await lesMedlemmer(fil);
  const status = Object.fromEntries(medlemmer.map((m) => [m.medlemsnummer, m.kontingentBetalt]));
  await got.post(KASSERER, { json: { sesong: new Date().getFullYear(), status } });
  return medlemmer.length;
}

export async function soekMomskompensasjon(fil: string): Promise<number> {
  const medlemmer = await lesMedlemmer(fil);
  const perAldersgruppe: Record<string, number> = { '0-12': 0, '13-19': 0, '20+': 0 };
  for (const m of medlemmer) {
    const alder = alderPaa(m.fodselsdato);
    perAldersgruppe[alder <= 12 ? '0-12' : alder <= 19 ? '13-19' : '20+'] += 1;
  }
  const grupper = Object.entries(perAldersgruppe).map(([gruppe, antall]) => ({ gruppe, antall }));
  await got.post(LOTTERITILSYNET, { json: { organisasjonsnummer: '987654321', grupper } });
  return medlemmer.length;
}
