import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface ContactRow {
  customerId: string;
  orgNumber: string;
  email: string;
  mobileNumber: string | null;
}

export async function changedContacts(since: Date): Promise<ContactRow[]> {
  const { rows } = await pool.query(
    `select customer_id as "customerId", org_number as "orgNumber", email, mobile_number as "mobileNumber"
       from billing_contacts where updated_at > $1 order by updated_at`,
    [since],
  );
  return rows;
}
