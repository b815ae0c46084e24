'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.FAKTURA_DB_URL });

/** Ubetalte fakturaer som har passert forfall med minst `dagerForfalt` dager. */
async function hentForfalteFakturaer({ dagerForfalt }) {
  const { rows } = await pool.query(
    `select faktura_id, kunde_id, belop
       from fakturaer
      where betalt is null and forfallsdato < current_date - $1::int
      order by forfallsdato`,
    [dagerForfalt],
  );
  return rows.map((r) => ({ fakturaId: r.faktura_id, kundeId: r.kunde_id, belop: Number(r.belop) }));
}

async function hentKunde(kundeId) {
  const { rows } = await pool.query('select kundenavn, fnr, adresse from kunder where kunde_id = $1', [kundeId]);
  if (!rows[0]) throw new Error(`fant ikke kunde ${kundeId}`);
  return rows[0];
}

module.exports = { hentForfalteFakturaer, hentKunde };
