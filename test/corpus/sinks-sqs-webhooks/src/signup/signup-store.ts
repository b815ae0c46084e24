import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface Signup {
  userId: string;
  workspaceId: string;
  email: string;
  fullName: string;
  phone: string | null;
  phoneVerified: boolean;
  locale: string;
  plan: 'free' | 'pro' | 'team';
  createdAt: string;
}

export async function findSignupsSince(since: Date): Promise<Signup[]> {
  const { rows } = await pool.query(
    `select u.id as "userId", u.workspace_id as "workspaceId", u.email, u.full_name as "fullName", u.phone,
            u.phone_verified as "phoneVerified", u.locale, w.plan, u.created_at as "createdAt"
       from users u join workspaces w on w.id = u.workspace_id
      where u.created_at > $1 order by u.created_at`,
    [since],
  );
  return rows;
}
