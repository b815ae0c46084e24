import { postJson } from '@org/shared/util-http';

const HUBSPOT_CONTACTS = 'https://api.hubapi.com/crm/v3/objects/contacts';

export interface ContactInput {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
}

/** Creates the patient's contact in the CRM used by the front desk. */
export async function upsertCrmContact(contact: ContactInput): Promise<{ id: string }> {
  return postJson<{ id: string }>(
    HUBSPOT_CONTACTS,
    {
      properties: {
        email: contact.email,
        firstname: contact.firstName,
        lastname: contact.lastName,
        phone: contact.phone,
      },
    },
    { token: process.env.HUBSPOT_TOKEN },
  );
}
