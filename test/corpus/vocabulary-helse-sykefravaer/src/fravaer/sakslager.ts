import { Pool } from 'pg';
import type { Fravaerssak } from './typer';

const pool = new Pool({ connectionString: process.env.HR_DATABASE_URL });

export async function hentSak(saksnummer: string): Promise<Fravaerssak> {
  const { rows } = await pool.query('select * from fravaerssaker_visning where saksnummer = $1', [saksnummer]);
  if (!rows[0]) throw new Error(`fant ikke sak ${saksnummer}`);
  return rows[0];
}

/** Saker der den ansatte har fagforeningstrekk i måneden (YYYY-MM). */
export async function hentSakerMedTrekk(maned: string): Promise<Fravaerssak[]> {
  const { rows } = await pool.query('select * from fravaerssaker_visning where fagforening is not null and trekkmaned = $1', [maned]);
  return rows;
}

export async function lagreOppfolgingsplan(saksnummer: string, planId: string): Promise<void> {
  await pool.query('update fravaerssaker set oppfolgingsplan_id = $2 where saksnummer = $1', [saksnummer, planId]);
}
