import axios from 'axios';
import type { Account } from '../users';

const crm = axios.create({
  baseURL: 'https://api.hubspot.com/crm/v3',
  headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN ?? ''}` },
});

function toCrmProperties(user: Account) {
  return {
    email: user.email,
    phone: user.phone ?? '',
    fullname: user.fullName,
    tasko_plan: user.plan,
  };
}

/** Creates or updates the contact; default export, re-exported by the integrations barrel. */
export default async function upsertContact(user: Account): Promise<void> {
  await crm.post('/objects/contacts/batch/upsert', {
    inputs: [{ idProperty: 'email', id: user.email, properties: toCrmProperties(user) }],
  });
}

export async function crmHealthy(): Promise<boolean> {
  try {
    await crm.get('/objects/contacts', { params: { limit: 1 } });
    return true;
  } catch {
    return false;
  }
}
