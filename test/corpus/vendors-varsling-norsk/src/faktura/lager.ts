import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.FAKTURA_DATABASE_URL });

export interface Kunde {
  kundenummer: string;
  kundenavn: string;
  fornavn: string;
  epost: string;
  mobilnummer: string;
  smsSamtykke: boolean;
  harApp: boolean;
}

/** Ubetalte fakturaer som forfaller på datoen, hver med kunden den gjelder. */
export async function fakturaerMedForfall(dato: string): Promise<Array<{ faktura: { nummer: string; belop: number }; kunde: Kunde }>> {
  const { rows } = await pool.query(
    `select f.nummer, f.belop::float as belop, row_to_json(k) as kunde
       from fakturaer f join kundevisning k on k.kundenummer = f.kundenummer
      where f.forfallsdato = $1::date and f.betalt is null`,
    [dato],
  );
  return rows.map((r) => ({ faktura: { nummer: r.nummer, belop: r.belop }, kunde: r.kunde }));
}
