import { getStripe } from "./stripe";

const APP_URL = process.env.NEXT_PUBLIC_APP_URL ?? "http://localhost:3000";

export async function createPortalSession({ customerId, returnPath = "/settings/billing" }: { customerId: string; returnPath?: string }) {
  const session = await getStripe().billingPortal.sessions.create({
    customer: customerId,
    return_url: new URL(returnPath, APP_URL).toString(),
  });
  return session.url;
}

export async function deleteCustomer({ customerId }: { customerId: string }) {
  try {
    await getStripe().customers.del(customerId);
  } catch (error) {
    // Already gone at Stripe: nothing left to delete.
    if ((error as { code?: string }).code !== "resource_missing") throw error;
  }
}

export async function getPlanPrices() {
  const prices = await getStripe().prices.list({ lookup_keys: ["pro-monthly", "pro-yearly"] });
  return prices.data.map((p) => ({ id: p.id, amount: p.unit_amount, interval: p.recurring?.interval }));
}
