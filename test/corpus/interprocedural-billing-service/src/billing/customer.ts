export interface BillingCustomer {
  customerId: string;
  email: string;
  fullName: string;
  currency: 'NOK' | 'EUR';
  paymentTermsDays: number;
  stripeCustomerId?: string;
}

export interface Invoice {
  number: string;
  amountDue: number;
  currency: BillingCustomer['currency'];
  dueDate: string;
}

const BILLING_API = 'https://billing.internal.acme.io/api';

/** Reads a billing customer from our billing service. */
export default async function loadBillingCustomer(customerId: string): Promise<BillingCustomer> {
  const res = await fetch(`${BILLING_API}/customers/${customerId}`, {
    headers: { Authorization: `Bearer ${process.env.BILLING_TOKEN}` },
  });
  if (!res.ok) {
    throw new Error(`billing service: customer ${customerId} -> ${res.status}`);
  }
  return (await res.json()) as BillingCustomer;
}

export async function listDueCustomerIds(): Promise<string[]> {
  const res = await fetch(`${BILLING_API}/customers?due=true`);
  if (!res.ok) throw new Error(`billing service: ${res.status}`);
  const body = (await res.json()) as { ids: string[] };
  return body.ids;
}
