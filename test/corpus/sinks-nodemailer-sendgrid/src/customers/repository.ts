import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface NewCustomer {
  email: string;
  firstName: string;
  fullName: string;
  phone: string;
  plan: 'starter' | 'pro' | 'team';
  region: string;
  createdAt: Date;
}

export async function findNewCustomers(since: Date): Promise<NewCustomer[]> {
  const { rows } = await pool.query(
    `select email, first_name as "firstName", full_name as "fullName", phone, plan, region, created_at as "createdAt"
       from customers where created_at > $1 and welcome_sent_at is null`,
    [since],
  );
  return rows;
}

export async function findAccountManager(region: string): Promise<{ email: string; name: string }> {
  const { rows } = await pool.query('select email, name from account_managers where region = $1 and active order by load asc limit 1', [region]);
  return rows[0];
}
