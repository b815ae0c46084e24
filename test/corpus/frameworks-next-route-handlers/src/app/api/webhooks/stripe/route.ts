import { NextResponse } from 'next/server';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');
const PARTNERSTACK = 'https://api.partnerstack.com/api/v2/transactions';

export async function POST(req: Request) {
  const signature = req.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET ?? '');
  } catch (err) {
    return NextResponse.json({ error: `bad signature: ${(err as Error).message}` }, { status: 400 });
  }

  if (event.type !== 'checkout.session.completed') {
    return NextResponse.json({ ignored: event.type });
  }

  const session = event.data.object as Stripe.Checkout.Session;
  const email = session.customer_details?.email ?? '';
  const amount = session.amount_total ?? 0;

  await fetch(`${process.env.INTERNAL_API_URL}/orders/from-checkout`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ checkoutId: session.id, email, amount, currency: session.currency }),
  });

  // Affiliate commission: the referral programme matches the buyer by e-mail.
  if (session.metadata?.referral) {
    await fetch(PARTNERSTACK, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.PARTNERSTACK_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ customer_key: email, amount, currency: session.currency, category_key: 'subscription' }),
    });
  }

  return NextResponse.json({ received: true });
}
