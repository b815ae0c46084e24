/** HubSpot contacts API: the sales team's CRM. */
const HUBSPOT_CONTACTS = 'https://api.hubapi.com/crm/v3/objects/contacts';

export interface LeadInput {
  email: string;
  company: string;
  employees?: number;
}

export class CrmError extends Error {
  constructor(readonly status: number) {
    super(`HubSpot answered ${status}`);
  }
}

export async function pushLead(lead: LeadInput, token: string): Promise<string> {
  const res = await fetch(HUBSPOT_CONTACTS, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      properties: {
        email: lead.email,
        company: lead.company,
        numberofemployees: lead.employees ?? null,
      },
    }),
  });
  if (!res.ok) throw new CrmError(res.status);
  const created = (await res.json()) as { id: string };
  return created.id;
}
