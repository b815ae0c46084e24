'use strict';

const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 4,
  idleTimeoutMillis: 10_000,
});

/**
 * Users that changed since the last sync, oldest first.
 * @returns {Promise<Array<{ id: string, email: string, firstName: string, plan: string, lastSeenDays: number }>>}
 */
async function getUsersToSync(limit) {
  const { rows } = await pool.query(
    `select id, email, first_name as "firstName", plan,
            date_part('day', now() - last_seen_at)::int as "lastSeenDays"
       from users
      where updated_at > coalesce(synced_at, 'epoch')
      order by updated_at
      limit $1`,
    [limit],
  );
  return rows;
}

async function markSynced(ids) {
  if (ids.length === 0) return;
  await pool.query('update users set synced_at = now() where id = any($1)', [ids]);
}

module.exports = { getUsersToSync, markSynced, close: () => pool.end() };
