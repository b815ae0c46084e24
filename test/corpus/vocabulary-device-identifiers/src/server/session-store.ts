import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });
const ready = redis.connect();
const TTL_SECONDS = 60 * 60 * 24 * 30;

export async function createSession(userId: string, context: { country: string }): Promise<{ id: string }> {
  await ready;
  const id = randomBytes(24).toString('base64url');
  await redis.set(`session:${id}`, JSON.stringify({ userId, country: context.country, createdAt: Date.now() }), { EX: TTL_SECONDS });
  return { id };
}
