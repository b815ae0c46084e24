import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function hentNokkeltall() {
  const { rows } = await pool.query('select omsetning, antall_kunder, churn from nokkeltall order by periode desc limit 1');
  const [siste] = rows;
  return { omsetning: Number(siste.omsetning), antallKunder: siste.antall_kunder, churn: Number(siste.churn) };
}

export async function hentAvtalekunder({ aktivAvtale }) {
  const { rows } = await pool.query(
    'select kundenummer, navn, epost, telefon from kunder where har_avtale = $1 order by kundenummer',
    [aktivAvtale],
  );
  return rows;
}

export async function hentBegjaering(begjaeringId) {
  const { rows } = await pool.query(
    'select saksnummer, myndighet, fnr, kjennelse_id as "kjennelseId" from utleveringsbegjaeringer where id = $1',
    [begjaeringId],
  );
  if (!rows[0]) throw new Error(`ukjent begjæring ${begjaeringId}`);
  return rows[0];
}

export async function hentKundeMedFnr(fnr) {
  const { rows } = await pool.query('select kundenummer, navn, fnr, adresse from kunder where fnr = $1', [fnr]);
  return rows[0] ?? null;
}

export async function loggUtlevering({ begjaeringId, myndighet, status }) {
  await pool.query('insert into utleveringslogg (begjaering_id, myndighet, http_status) values ($1, $2, $3)', [begjaeringId, myndighet, status]);
}
