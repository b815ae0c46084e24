import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.RESKONTRO_DATABASE_URL });

export async function hentFaktura(fakturanummer: string): Promise<{ fakturanummer: string; pasientId: string; belop: number }> {
  const { rows } = await pool.query('select fakturanummer, pasient_id as "pasientId", belop::float as belop from fakturaer where fakturanummer = $1', [fakturanummer]);
  if (!rows[0]) throw new Error(`fant ikke faktura ${fakturanummer}`);
  return rows[0];
}

export async function hentPasientForFaktura(fakturanummer: string): Promise<{ fulltNavn: string; fakturaadresse: string; kontonummer: string; iban: string; bic: string }> {
  const { rows } = await pool.query(
    `select p.fullt_navn as "fulltNavn", p.fakturaadresse, p.kontonummer, p.iban, p.bic
       from fakturaer f join pasienter p on p.pasient_id = f.pasient_id where f.fakturanummer = $1`,
    [fakturanummer],
  );
  return rows[0];
}
