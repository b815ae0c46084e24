import { NextResponse } from 'next/server';
import { getStripe, PRICE_IDS } from '../../../lib/stripe';
import { resend, FROM_ADDRESS } from '../../../lib/mailer';
import { requireUser } from '../../../lib/session';
import { prisma } from '../../../lib/db';

const APP_URL = process.env.NEXT_PUBLIC_APP_URL ?? 'https://bokklubben.no';

export async function POST(request: Request) {
  const user = await requireUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { plan } = (await request.json()) as { plan: keyof typeof PRICE_IDS };

  let stripeCustomer = user.stripeCustomerId;
  if (!stripeCustomer) {
    const created = await getStripe().customers.create({ email: user.email, name: user.name });
    stripeCustomer = created.id;
    await prisma.user.update({ where: { id: user.id }, data: { stripeCustomerId: stripeCustomer } });
  }

  const checkout = await getStripe().checkout.sessions.create({
    mode: 'subscription',
    customer: stripeCustomer,
    line_items: [{ price: PRICE_IDS[plan], quantity: 1 }],
    success_url: `${APP_URL}/konto?betalt=1`,
    cancel_url: `${APP_URL}/priser`,
  });

  await resend?.emails.send({
    from: FROM_ADDRESS,
    to: user.email,
    subject: 'Takk for at du ble medlem',
    text: `Hei ${user.name}! Du har valgt ${plan === 'yearly' ? 'årsabonnement' : 'månedsabonnement'}.`,
  });

  return NextResponse.json({ url: checkout.url });
}
