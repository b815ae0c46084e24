import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.PERSONAL_DATABASE_URL });

export async function hentAnsatt(ansattnummer: string): Promise<{ ansattnummer: string; fulltNavn: string; avdeling: string }> {
  const { rows } = await pool.query('select ansattnummer, fullt_navn as "fulltNavn", avdeling from ansatte where ansattnummer = $1', [ansattnummer]);
  if (!rows[0]) throw new Error(`ukjent ansatt ${ansattnummer}`);
  return rows[0];
}

/** Malen leseren på kontoret lagde da den ansatte registrerte seg; bildet av fingeren lagres aldri. */
export async function hentFingeravtrykksmal(ansattnummer: string): Promise<{ fingeravtrykk: string; registrert: string }> {
  const { rows } = await pool.query('select encode(mal, \'base64\') as fingeravtrykk, registrert from fingeravtrykksmaler where ansattnummer = $1', [ansattnummer]);
  if (!rows[0]) throw new Error(`ingen fingeravtrykksmal for ${ansattnummer}`);
  return rows[0];
}
