import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const RESET_BASE_URL = process.env.APP_URL ?? 'http://localhost:3000';

/**
 * Queues the reset mail in the outbox table; the mail worker in the same database sends it,
 * so a slow mail provider never holds up the request.
 */
export async function sendResetMail(to: string, token: string): Promise<void> {
  const link = `${RESET_BASE_URL}/password-reset/${encodeURIComponent(token)}`;
  await pool.query('insert into mail_outbox (recipient, template, params) values ($1, $2, $3)', [to, 'password-reset', JSON.stringify({ link })]);
}
