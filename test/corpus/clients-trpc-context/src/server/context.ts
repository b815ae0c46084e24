import { PrismaClient } from '@prisma/client';
import { PostHog } from 'posthog-node';
import Stripe from 'stripe';

const db = new PrismaClient();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

export async function createContext(opts: { req: Request }) {
  const userId = opts.req.headers.get('x-user-id');
  return {
    db,
    stripe,
    posthog: new PostHog(process.env.POSTHOG_KEY ?? 'phc_dev', { host: 'https://eu.i.posthog.com' }),
    userId,
  };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
