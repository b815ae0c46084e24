import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

export interface ContactRow {
  id: string;
  email: string;
  phone: string | null;
  fullName: string;
  bounced: boolean;
  updatedAt: Date;
}

/** Contacts edited since `since`, oldest change first, so a failed run can resume where it stopped. */
export async function contactsChangedSince(since: Date): Promise<ContactRow[]> {
  const { rows } = await pool.query(
    `select id, email, phone, full_name as "fullName", bounced, updated_at as "updatedAt"
       from contacts
      where updated_at > $1 and deleted_at is null
      order by updated_at asc`,
    [since],
  );
  return rows;
}
