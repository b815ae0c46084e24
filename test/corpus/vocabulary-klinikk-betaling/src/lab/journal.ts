import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.JOURNAL_DATABASE_URL });

export interface Pasient {
  pasientId: string;
  fødselsdato: string;
  kjønn: 'kvinne' | 'mann' | 'ukjent';
}

export interface Gentestresultat {
  resultatId: string;
  pasientId: string;
  /** @personal user.health_and_medical.genetic */
  genotype: string;
  analyseversjon: string;
  samtykkeTilDeling: boolean;
}

export async function hentPasient(pasientId: string): Promise<Pasient> {
  const { rows } = await pool.query('select pasient_id as "pasientId", fodselsdato as "fødselsdato", kjonn as "kjønn" from pasienter where pasient_id = $1', [pasientId]);
  if (!rows[0]) throw new Error(`ukjent pasient ${pasientId}`);
  return rows[0];
}

export async function hentResultat(resultatId: string): Promise<Gentestresultat> {
  const { rows } = await pool.query(
    'select resultat_id as "resultatId", pasient_id as "pasientId", genotype, analyseversjon, samtykke_deling as "samtykkeTilDeling" from gentestresultater where resultat_id = $1',
    [resultatId],
  );
  return rows[0];
}
