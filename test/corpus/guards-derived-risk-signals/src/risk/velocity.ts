import { createClient } from 'redis';
import { Pool } from 'pg';
import type { SignupAttempt } from './signup-risk';

const redis = createClient({ url: process.env.REDIS_URL });
const ready = redis.connect();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

export async function loadAttempt(attemptId: string): Promise<SignupAttempt> {
  const { rows } = await pool.query<SignupAttempt>(
    `select email, phone, full_name as "fullName", date_of_birth as "dateOfBirth",
            delivery_address as "deliveryAddress", billing_address as "billingAddress", ip, plan
       from signup_attempts where id = $1`,
    [attemptId],
  );
  if (!rows[0]) throw new Error(`no signup attempt ${attemptId}`);
  return rows[0];
}

/** Sliding one-hour counter of signups per source address, kept in our own Redis. */
export async function countRecentSignupsFromIp(ip: string): Promise<number> {
  await ready;
  const key = `signup:ip:${ip}`;
  const count = await redis.incr(key);
  if (count === 1) {
    await redis.expire(key, 3600);
  }
  return count;
}

export async function closeVelocityStore(): Promise<void> {
  await redis.quit();
}
