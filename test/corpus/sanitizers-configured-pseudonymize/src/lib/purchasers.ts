import { Pool } from 'pg';

export interface Purchaser {
  userId: string;
  email: string;
  phone: string;
  plan: string;
  seats: number;
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

/** Purchasers with marketing consent whose subscription changed since `since`, in pages. */
export async function loadPurchasers(since: string, offset: number, limit = 1000): Promise<Purchaser[]> {
  const { rows } = await pool.query<Purchaser>(
    `select u.id as "userId", u.email, u.phone, s.plan, s.seats
       from users u join subscriptions s on s.user_id = u.id
      where s.updated_at >= $1 and u.marketing_consent
      order by u.id offset $2 limit $3`,
    [since, offset, limit],
  );
  return rows;
}

export const closePool = () => pool.end();
