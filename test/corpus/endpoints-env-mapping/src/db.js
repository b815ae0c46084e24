'use strict';

const { randomUUID } = require('node:crypto');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

/** Customers for the nightly export; `active` leaves out closed accounts. */
async function loadCustomers({ active }) {
  const { rows } = await pool.query(
    `select customer_id, email, full_name, marketing_consent
       from customers
      where ($1::boolean is false or closed_at is null)
      order by customer_id`,
    [active],
  );
  return rows.map((row) => ({
    customerId: row.customer_id,
    email: row.email,
    fullName: row.full_name,
    marketingConsent: row.marketing_consent,
  }));
}

function newRunId() {
  return `export-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
}

module.exports = { loadCustomers, newRunId };
