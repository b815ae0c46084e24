import Stripe from 'stripe';
import { prisma } from '../lib/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { maxNetworkRetries: 2 });
const BAREMETRICS = 'https://api.baremetrics.com/v1/metrics/custom';
const CHURNKEY = 'https://api.churnkey.example/v1/customers';

/** Creates Stripe customers for users who signed up since `since` and have none yet. */
export async function syncNewCustomers(since: Date): Promise<number> {
  const users = await prisma.user.findMany({
    where: { createdAt: { gte: since }, stripeCustomerId: null, deletedAt: null },
    select: { id: true, email: true, name: true },
    take: 500,
  });

  for (const user of users) {
    const customer = await stripe.customers.create({ email: user.email, name: user.name ?? undefined, preferred_locales: ['nb'] });
    await prisma.user.update({ where: { id: user.id }, data: { stripeCustomerId: customer.id } });
    // The cancel-flow vendor needs to recognise the same person when they try to cancel.
    await fetch(CHURNKEY, {
      method: 'POST',
      headers: { 'X-Api-Key': process.env.CHURNKEY_KEY ?? '', 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...user, stripeCustomerId: customer.id }),
    });
  }

  const revenue = await prisma.invoice.aggregate({
    _sum: { amountDue: true },
    _count: { _all: true },
    where: { createdAt: { gte: since } },
  });
  await fetch(BAREMETRICS, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.BAREMETRICS_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ newCustomers: users.length, invoices: revenue._count._all, amountDue: revenue._sum.amountDue ?? 0 }),
  });

  return users.length;
}

if (require.main === module) {
  const since = new Date(Date.now() - 24 * 3600 * 1000);
  syncNewCustomers(since)
    .then((n) => console.log(`synced ${n} customers`))
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(() => prisma.$disconnect());
}
