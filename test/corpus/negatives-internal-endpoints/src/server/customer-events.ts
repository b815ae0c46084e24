import axios from 'axios';
import { PostHog } from 'posthog-node';

export interface CustomerRecord {
  customerId: string;
  email: string;
  phone: string;
  fullName: string;
  nationalId: string;
}

const posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://posthog.intern.acme.no' });
const CRM = 'https://crm.intern.acme.no/api/contacts';

/** Fan-out after a customer signs the contract; every hop but the last two is our own or declared. */
export async function onContractSigned(customer: CustomerRecord, orderTotal: number): Promise<void> {
  posthog.capture({ distinctId: customer.customerId, event: 'contract_signed', properties: { email: customer.email } });

  await axios.post(CRM, { email: customer.email, phone: customer.phone, name: customer.fullName });
  await axios.post('https://api.acme.no/v1/customers/signed', { customerId: customer.customerId });
  await axios.post(`${process.env.API_BASE_URL}/audit`, { customerId: customer.customerId, event: 'contract_signed' });

  if (process.env.NODE_ENV !== 'production') {
    await fetch('http://localhost:4000/debug/customers', { method: 'POST', body: JSON.stringify(customer) });
    await fetch('http://127.0.0.1:9411/api/v2/spans', { method: 'POST', body: JSON.stringify([{ name: 'signed', tags: { email: customer.email } }]) });
  }

  await axios.post('https://checkout.dintero.com/v1/sessions-profile', {
    order: { amount: orderTotal * 100, currency: 'NOK' },
    customer: { email: customer.email, phone_number: customer.phone },
  });

  await axios.post('https://a-melding.skatteetaten.no/api/v1/tredjepart', { fnr: customer.nationalId, amount: orderTotal });

  await axios.post('https://dataroom.kjoper.no/api/v1/customers', { customerId: customer.customerId, email: customer.email });

  // The apex intern.acme.no is the old marketing site run by an agency, not our backend.
  await axios.post('https://intern.acme.no/api/newsletter', { email: customer.email });

  await axios.post('https://api.forhandler.no/v2/commissions', { customer: customer.fullName, amount: orderTotal * 0.1 });
}

export async function shutdown(): Promise<void> {
  await posthog.shutdown();
}
