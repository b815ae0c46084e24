import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

export interface BillableUser {
  id: string;
  email: string;
  fullName: string;
  organisationNumber?: string;
}

export async function ensureStripeCustomer(user: BillableUser, existingId?: string): Promise<string> {
  if (existingId) return existingId;
  const customer = await stripe.customers.create({
    email: user.email,
    name: user.fullName,
    metadata: { userId: user.id, orgnr: user.organisationNumber ?? '' },
  });
  return customer.id;
}

export async function startSubscription(stripeCustomerId: string, priceId: string): Promise<string> {
  const subscription = await stripe.subscriptions.create({
    customer: stripeCustomerId,
    items: [{ price: priceId }],
    payment_behavior: 'default_incomplete',
  });
  return subscription.id;
}
