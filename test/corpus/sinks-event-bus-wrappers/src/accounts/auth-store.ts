import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { Pool } from 'pg';
import type { SessionUser } from './account-events';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function verifyCredentials(username: string, password: string, ip: string | undefined): Promise<{ id: string; user: SessionUser } | null> {
  const { rows } = await pool.query('select id, role, password_hash, salt from users where username = $1', [username]);
  const row = rows[0];
  if (!row || !timingSafeEqual(scryptSync(password, row.salt, 64), Buffer.from(row.password_hash, 'hex'))) return null;
  await pool.query('update users set last_ip = $2 where id = $1', [row.id, ip ?? null]);
  return issueSession(row.id).then((s) => ({ id: s.id, user: { id: row.id, lastIp: ip ?? '', role: row.role } }));
}

export async function issueSession(userId: string): Promise<{ id: string }> {
  const id = randomBytes(24).toString('base64url');
  await pool.query("insert into sessions (id, user_id, expires_at) values ($1, $2, now() + interval '14 days')", [id, userId]);
  return { id };
}

export async function createWorkspace(name: string, plan: string, owner: { fullName: string; email: string }): Promise<{ id: string; ownerUserId: string }> {
  const id = randomUUID();
  const ownerUserId = randomUUID();
  await pool.query('insert into users (id, full_name, email, role) values ($1, $2, $3, $4)', [ownerUserId, owner.fullName, owner.email, 'owner']);
  await pool.query('insert into workspaces (id, name, plan, owner_user_id) values ($1, $2, $3, $4)', [id, name, plan, ownerUserId]);
  return { id, ownerUserId };
}

export async function loadAccount(accountId: string): Promise<{ plan: string; ownerEmail: string; ownerName: string }> {
  const { rows } = await pool.query('select w.plan, u.email as "ownerEmail", u.full_name as "ownerName" from workspaces w join users u on u.id = w.owner_user_id where w.id = $1', [accountId]);
  return rows[0];
}

export async function listWorkspaceAdmins(): Promise<Array<{ id: string; email: string }>> {
  const { rows } = await pool.query("select id, email from users where role in ('owner', 'admin') and disabled_at is null");
  return rows;
}
