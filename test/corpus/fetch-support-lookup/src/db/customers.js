'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.SUPPORT_DB_URL, max: 5 });

/** One customer as the support tools see it, or null. */
async function findById(customerId) {
  const { rows } = await pool.query(
    'select customer_id, email, phone, street_address, postal_code, city from customers where customer_id = $1',
    [customerId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    customerId: row.customer_id,
    email: row.email,
    phone: row.phone,
    address: `${row.street_address}, ${row.postal_code} ${row.city}`,
  };
}

async function touchLastContact(customerId) {
  await pool.query('update customers set last_support_contact = now() where customer_id = $1', [customerId]);
}

module.exports = { findById, touchLastContact };
