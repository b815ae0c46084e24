import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.ORDRE_DATABASE_URL });

export interface Ordrelinje {
  sku: string;
  antall: number;
}

export interface Ordre {
  nummer: string;
  kundenummer: string;
  leveringsadresse: string;
  sumInklMva: number;
  linjer: Ordrelinje[];
}

export async function hentOrdre(ordrenummer: string): Promise<Ordre> {
  const { rows } = await pool.query('select nummer, kundenummer, leveringsadresse, sum_inkl_mva from ordrer where nummer = $1', [ordrenummer]);
  if (!rows[0]) throw new Error(`fant ikke ordre ${ordrenummer}`);
  const { rows: linjer } = await pool.query('select sku, antall from ordrelinjer where ordrenummer = $1', [ordrenummer]);
  return { ...rows[0], sumInklMva: Number(rows[0].sum_inkl_mva), linjer };
}

export async function hentKunde(kundenummer: string): Promise<{ kundenummer: string; epost: string; telefon: string; mobilnummer: string }> {
  const { rows } = await pool.query('select kundenummer, epost, telefon, mobilnummer from kunder where kundenummer = $1', [kundenummer]);
  return rows[0];
}
