import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface Kunde {
  kundenummer: string;
  navn: string;
  epost: string;
  bransje: string;
}

/** Kunder som er endret siden forrige synk og som har samtykket til deling med partneren. */
export async function hentEndredeKunder(siden: Date): Promise<Kunde[]> {
  const { rows } = await pool.query(
    'select kundenummer, navn, epost, bransje from kunder where endret > $1 and deling_partner = true order by endret',
    [siden],
  );
  return rows;
}

/** Kunder som har bedt om sletting (GDPR art. 17) og ennå ikke er slettet hos partneren. */
export async function hentKunderTilSletting(): Promise<Array<Pick<Kunde, 'kundenummer'>>> {
  const { rows } = await pool.query('select kundenummer from slettebestillinger where slettet_hos_partner is null');
  return rows;
}

export async function lagreSynkTidspunkt(tidspunkt: Date): Promise<void> {
  await pool.query('update synkstatus set sist_kjort = $1 where jobb = $2', [tidspunkt, 'partner-synk']);
}
