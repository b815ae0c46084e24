import { postJson } from '../lib/http';

const HUBSPOT_OBJECTS = 'https://api.hubapi.com/crm/v3/objects';
const auth = { headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}` } };

interface HubspotObject {
  id: string;
  createdAt: string;
}

/** Creates or updates the HubSpot contact for a person. */
export function upsertContact(email: string, fullName: string, lifecycle: 'lead' | 'customer') {
  return postJson<HubspotObject>(
    `${HUBSPOT_OBJECTS}/contacts`,
    { properties: { email, firstname: fullName, lifecyclestage: lifecycle } },
    auth,
  );
}

/** Deals carry the workspace and the amount, never the person. */
export function recordDeal(workspaceSlug: string, amountNok: number) {
  return postJson<HubspotObject>(
    `${HUBSPOT_OBJECTS}/deals`,
    { properties: { dealname: `Workspace ${workspaceSlug}`, amount: amountNok, pipeline: 'default' } },
    auth,
  );
}
