import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.LONN_DATABASE_URL });

export interface Ansatt {
  ansattnummer: string;
  fodselsnummer: string;
  epost: string;
  kontonummer: string | null;
  manedslonn: number;
  skatteprosent: number;
}

/** Ansatte med arbeidsforhold i perioden (YYYY-MM), også de som sluttet i løpet av måneden. */
export async function hentAnsatteForPeriode(periode: string): Promise<Ansatt[]> {
  const { rows } = await pool.query(
    `select ansattnummer, fodselsnummer, epost, kontonummer, manedslonn::float, skatteprosent::float
       from arbeidsforhold
      where startdato <= (to_date($1, 'YYYY-MM') + interval '1 month' - interval '1 day')
        and (sluttdato is null or sluttdato >= to_date($1, 'YYYY-MM'))`,
    [periode],
  );
  return rows;
}
