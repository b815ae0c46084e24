import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface Ansatt {
  ansattId: string;
  fnr: string;
  navn: string;
  epost: string;
  fødselsdato: string;
  stillingsprosent: number;
}

interface Utvalg {
  aktiv?: boolean;
  ansattEtter?: Date;
}

export async function hentAnsatte(utvalg: Utvalg): Promise<Ansatt[]> {
  const { rows } = await pool.query(
    `select ansatt_id as "ansattId", fnr, navn, epost, fodselsdato as "fødselsdato", stillingsprosent
       from ansatte
      where ($1::boolean is null or (sluttdato is null) = $1)
        and ($2::date is null or startdato >= $2)`,
    [utvalg.aktiv ?? null, utvalg.ansattEtter ?? null],
  );
  return rows;
}

/** En innstilling fra innstillingstabellen; adresser til integrasjoner varierer mellom miljøer. */
export async function hentInnstilling(nokkel: string): Promise<string> {
  const { rows } = await pool.query('select verdi from innstillinger where nokkel = $1', [nokkel]);
  if (!rows[0]) throw new Error(`innstillingen ${nokkel} mangler`);
  return rows[0].verdi;
}
