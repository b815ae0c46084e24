import { Pool } from 'pg';
import type { Ansatt } from './ansatt';

const pool = new Pool({ connectionString: process.env.LONN_DATABASE_URL });

export async function hentAktiveAnsatte(): Promise<Ansatt[]> {
  const { rows } = await pool.query('select * from ansattregister where sluttdato is null or sluttdato > current_date order by ansattnummer');
  return rows;
}

/** Utbetalt netto i perioden (YYYY-MM), etter skattetrekk og andre trekk. */
export async function nettolonnForPeriode(ansattnummer: string, periode: string): Promise<number> {
  const { rows } = await pool.query('select coalesce(sum(netto), 0)::float as netto from lonnslinjer where ansattnummer = $1 and periode = $2', [ansattnummer, periode]);
  return rows[0].netto;
}
