import Stripe from 'stripe';

let stripe: Stripe | undefined;

/**
 * One Stripe client per server process, made on first use: `next build` runs without the
 * secret key, so the client cannot be created when the module loads.
 */
export function getStripe(): Stripe {
  if (!stripe) {
    const key = process.env.STRIPE_SECRET_KEY;
    if (!key) throw new Error('STRIPE_SECRET_KEY is not set');
    stripe = new Stripe(key, { apiVersion: '2024-06-20', typescript: true, appInfo: { name: 'bokklubben' } });
  }
  return stripe;
}

export const PRICE_IDS = {
  monthly: process.env.STRIPE_PRICE_MONTHLY ?? 'price_monthly',
  yearly: process.env.STRIPE_PRICE_YEARLY ?? 'price_yearly',
} as const;
