import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export class AccountExistsError extends Error {}

export async function createAccount(input: { email: string; fullName: string; phone?: string; plan: string }): Promise<{ id: string }> {
  const id = randomUUID();
  try {
    await pool.query('insert into accounts (id, email, full_name, phone, plan) values ($1, $2, $3, $4, $5)', [id, input.email, input.fullName, input.phone ?? null, input.plan]);
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new AccountExistsError('an account with this address exists');
    throw err;
  }
  return { id };
}

export async function findUserByEmail(email: string): Promise<{ id: string; email: string } | null> {
  const { rows } = await pool.query('select id, email from accounts where lower(email) = $1', [email]);
  return rows[0] ?? null;
}

export async function issueResetToken(userId: string, ttlMinutes: number): Promise<{ value: string; expiresAt: Date }> {
  const value = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
  await pool.query('insert into reset_tokens (user_id, token, expires_at) values ($1, $2, $3)', [userId, value, expiresAt]);
  return { value, expiresAt };
}
