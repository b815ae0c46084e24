import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });

interface Account {
  id: string;
  email: string;
  fullName: string;
}

async function ensureCustomer(account: Account): Promise<string> {
  const customer = await stripe.customers.create({
    email: account.email,
    name: account.fullName,
    metadata: { plan: "trial" },
  });
  return customer.id;
}

export async function startSubscription(account: Account, priceId: string) {
  const customerId = await ensureCustomer(account);
  const subscription = await stripe.subscriptions.create({
    customer: customerId,
    items: [{ price: priceId }],
    trial_period_days: 14,
  });
  await stripe.invoiceItems.create({
    customer: customerId,
    subscription: subscription.id,
    amount: 0,
    currency: "eur",
    description: "Onboarding",
  });
  return subscription.status;
}

export async function syncToCrm(customerId: string) {
  const customer = await stripe.customers.retrieve(customerId);
  if (customer.deleted) return;
  await fetch("https://api.pipedrive.com/v1/persons", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: customer.name, email: customer.email, phone: customer.phone }),
  });
}
