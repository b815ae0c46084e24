import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.BUTIKK_DATABASE_URL });

/** Et av lagrene våre (eller en samarbeidende butikks lager) som varer hentes fra. */
export interface Lager {
  lagerkode: string;
  navn: string;
  besoksadresse: string;
}

export async function hentLager(lagerkode: string): Promise<Lager> {
  const { rows } = await pool.query('select lagerkode, navn, besoksadresse from lagre where lagerkode = $1', [lagerkode]);
  if (!rows[0]) throw new Error(`ukjent lager ${lagerkode}`);
  return rows[0];
}
