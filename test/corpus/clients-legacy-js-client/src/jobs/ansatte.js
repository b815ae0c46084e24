'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.HR_DATABASE_URL, max: 2 });

/**
 * @typedef {{ fnr: string, navn: string, epost: string, kontonummer: string,
 *   manedslonn: number, stillingstittel: string, ansiennitetAar: number }} Ansatt
 */

/** @returns {Promise<Ansatt[]>} */
async function hentAnsatte() {
  const { rows } = await pool.query(
    'select fnr, navn, epost, kontonummer, manedslonn, stillingstittel, ansiennitet_aar from ansatte where sluttdato is null',
  );
  return rows.map(function (r) {
    return {
      fnr: r.fnr,
      navn: r.navn,
      epost: r.epost,
      kontonummer: r.kontonummer,
      manedslonn: Number(r.manedslonn),
      stillingstittel: r.stillingstittel,
      ansiennitetAar: Number(r.ansiennitet_aar),
    };
  });
}

module.exports = { hentAnsatte };
