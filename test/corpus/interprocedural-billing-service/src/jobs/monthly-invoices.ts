import Stripe from 'stripe';
import axios from 'axios';
import loadBillingCustomer, { listDueCustomerIds, type Invoice } from '../billing/customer';
import { InvoiceMailer } from '../billing/invoice-mailer';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });
const FIKEN_CUSTOMERS = 'https://api.fiken.no/api/v2/companies/acme-as/contacts';
const HUBSPOT_EVENTS = 'https://api.hubapi.com/events/v3/send';

async function ensureStripeCustomer(customerId: string): Promise<string> {
  const customer = await loadBillingCustomer(customerId);
  if (customer.stripeCustomerId) return customer.stripeCustomerId;
  const created = await stripe.customers.create({
    email: customer.email,
    name: customer.fullName,
    metadata: { customerId: customer.customerId },
  });
  return created.id;
}

async function invoiceCustomer(customerId: string): Promise<void> {
  const customer = await loadBillingCustomer(customerId);
  const stripeId = await ensureStripeCustomer(customerId);

  const draft = await stripe.invoices.create({ customer: stripeId, collection_method: 'send_invoice', days_until_due: customer.paymentTermsDays });
  const invoice: Invoice = {
    number: draft.number ?? draft.id,
    amountDue: (draft.amount_due ?? 0) / 100,
    currency: customer.currency,
    dueDate: new Date(Date.now() + customer.paymentTermsDays * 86_400_000).toISOString().slice(0, 10),
  };

  // Accounting keeps its own copy of the customer card.
  await axios.post(FIKEN_CUSTOMERS, customer, { headers: { Authorization: `Bearer ${process.env.FIKEN_TOKEN}` } });

  const mailer = new InvoiceMailer(customer);
  await mailer.sendInvoice(invoice);
  await mailer.reportDelivery();

  await axios.post(
    HUBSPOT_EVENTS,
    { eventName: 'pe4321_invoice_sent', email: customer.email, properties: { invoice_number: invoice.number, amount: invoice.amountDue } },
    { headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}` } },
  );
}

export async function runMonthlyInvoices(): Promise<void> {
  const ids = await listDueCustomerIds();
  console.log(`invoicing ${ids.length} customers`);
  let failures = 0;
  for (const id of ids) {
    try {
      await invoiceCustomer(id);
    } catch (err) {
      failures += 1;
      console.error(`invoice run failed for one customer (${failures} so far)`, (err as Error).message);
    }
  }
  if (failures > 0) process.exitCode = 1;
}
