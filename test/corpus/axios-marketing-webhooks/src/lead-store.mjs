import { randomUUID } from 'node:crypto';

const leads = new Map();

export async function saveLead(contact, campaignId) {
  const leadId = randomUUID();
  leads.set(leadId, {
    ...contact,
    campaignId,
    receivedAt: new Date().toISOString(),
    converted: false,
  });
  return leadId;
}

export function markConverted(leadId) {
  const lead = leads.get(leadId);
  if (lead) lead.converted = true;
}

export function weeklyCounts(since) {
  let total = 0;
  let converted = 0;
  for (const lead of leads.values()) {
    if (new Date(lead.receivedAt) < since) continue;
    total += 1;
    if (lead.converted) converted += 1;
  }
  return { total, converted };
}
