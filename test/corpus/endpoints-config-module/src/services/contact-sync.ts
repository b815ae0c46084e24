import axios from 'axios';
import { CRM_BASE_URL, ENRICHMENT_URL, ENRICHMENT_STATUS_URL, INTERNAL_API, USER_AGENT, timeoutFor } from '../config/endpoints';
import { contactsChangedSince } from '../db/contacts';

interface EnrichedPerson {
  jobTitle?: string;
  linkedinUrl?: string;
}

export async function syncContacts(since: Date, syncRunId: string): Promise<void> {
  const status = await fetch(ENRICHMENT_STATUS_URL, { signal: timeoutFor('enrichment') });
  const enrichmentUp = status.ok;
  const contacts = await contactsChangedSince(since);

  for (const contact of contacts) {
    await fetch(`${CRM_BASE_URL}/contacts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': USER_AGENT },
      body: JSON.stringify({ email: contact.email, phone: contact.phone, fullName: contact.fullName }),
      signal: timeoutFor('crm'),
    });

    if (enrichmentUp) {
      const lookup = await fetch(new URL('/v1/person/lookup', ENRICHMENT_URL), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': USER_AGENT },
        body: JSON.stringify({ email: contact.email, fullName: contact.fullName }),
        signal: timeoutFor('enrichment'),
      });
      const person = lookup.ok ? ((await lookup.json()) as EnrichedPerson) : {};
      console.debug('enrichment fields', Object.keys(person).length);
    }

    await axios.post(`${INTERNAL_API}/sync-runs/${syncRunId}/contacts`, { email: contact.email, status: 'synced' });
  }
}
