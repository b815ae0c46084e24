import Stripe from 'stripe';
import createMollieClient from '@mollie/api-client';

const stripeNokkel = process.env.STRIPE_SECRET_KEY;
const mollieNokkel = process.env.MOLLIE_API_KEY;

if (!stripeNokkel || !mollieNokkel) {
  throw new Error('Mangler STRIPE_SECRET_KEY eller MOLLIE_API_KEY');
}

/** Kortbetaling i Norden. */
export const stripe = new Stripe(stripeNokkel, { apiVersion: '2024-06-20', maxNetworkRetries: 2 });

/** Mollie tar betalinger fra kunder i Nederland og Belgia (iDEAL, Bancontact). */
export const mollie = createMollieClient({ apiKey: mollieNokkel });

export function tilOre(kroner: number): number {
  return Math.round(kroner * 100);
}

export function tilMollieBelop(kroner: number): { currency: string; value: string } {
  return { currency: 'NOK', value: kroner.toFixed(2) };
}
