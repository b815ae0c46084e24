import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.BUTIKK_DATABASE_URL });

export async function hentOrdre(ordrenummer: string): Promise<{ nummer: string; kundenummer: string; sumInklMva: number }> {
  const { rows } = await pool.query('select nummer, kundenummer, sum_inkl_mva::float as "sumInklMva" from ordrer where nummer = $1', [ordrenummer]);
  if (!rows[0]) throw new Error(`fant ikke ordre ${ordrenummer}`);
  return rows[0];
}

export async function hentKunde(kundenummer: string): Promise<{ kundenavn: string; epost: string; gateadresse: string; postnummer: string; poststed: string }> {
  const { rows } = await pool.query('select kundenavn, epost, gateadresse, postnummer, poststed from kunder where kundenummer = $1', [kundenummer]);
  return rows[0];
}

export async function lagreBetalingsreferanse(ordrenummer: string, referanser: Record<string, string>): Promise<void> {
  await pool.query('update ordrer set betalingsreferanser = betalingsreferanser || $2::jsonb where nummer = $1', [ordrenummer, JSON.stringify(referanser)]);
}
