import Stripe from 'stripe';
import { NextResponse } from 'next/server';
import { getSession } from '../../../lib/session';
import { referralDiscountFor } from '../../../lib/referrals';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

export async function POST(request: Request) {
  const session = await getSession(request);
  if (!session) return NextResponse.json({ error: 'unauthorised' }, { status: 401 });

  const { priceId } = (await request.json()) as { priceId: string };
  const userId = session.user.id;

  const discount = await referralDiscountFor(userId);

  const checkout = await stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: `${process.env.APP_URL}/billing?success=1`,
    cancel_url: `${process.env.APP_URL}/billing`,
    ...(discount ?? { allow_promotion_codes: true }),
  });

  return NextResponse.json({ url: checkout.url });
}
