import { Pool } from 'pg';

export interface Account {
  userId: string;
  email: string;
  phone: string | null;
  fullName: string;
  plan: 'starter' | 'growth' | 'enterprise';
  seats: number;
  theme: 'light' | 'dark';
  createdAt: string;
}

export type PlanSummary = Pick<Account, 'plan' | 'seats'>;

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function loadAccount(accountKey: string): Promise<Account> {
  const { rows } = await pool.query<Account>(
    `select id as "userId", email, phone, full_name as "fullName", plan, seats, theme, created_at as "createdAt"
       from accounts where account_key = $1`,
    [accountKey],
  );
  if (!rows[0]) throw new Error('account not found');
  return rows[0];
}

export function planSummary(account: Account): PlanSummary {
  return { plan: account.plan, seats: account.seats };
}
