import { HttpError, postJson } from '../lib/http';
import { upsertContact } from '../integrations/hubspot';

const ZENDESK_TICKETS = 'https://acme.zendesk.com/api/v2/tickets.json';
const STATUSPAGE_INCIDENTS = 'https://api.statuspage.io/v1/pages/k3x9acme/incidents';

export interface SupportRequest {
  subject: string;
  body: string;
  requester: { email: string; fullName: string };
  severity: 'low' | 'normal' | 'outage';
}

const zendeskAuth = {
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.ZENDESK_USER}/token:${process.env.ZENDESK_TOKEN}`).toString('base64')}` },
};

export async function openTicket(request: SupportRequest): Promise<number> {
  const { requester } = request;
  try {
    const created = await postJson<{ ticket: { id: number } }>(
      ZENDESK_TICKETS,
      {
        ticket: {
          subject: request.subject,
          comment: { body: request.body },
          requester: { name: requester.fullName, email: requester.email },
          priority: request.severity === 'outage' ? 'urgent' : 'normal',
        },
      },
      zendeskAuth,
    );

    if (request.severity === 'outage') {
      await postJson(STATUSPAGE_INCIDENTS, {
        incident: { name: 'Investigating reports of degraded service', status: 'investigating', impact_override: 'major' },
      });
    }

    await upsertContact(requester.email, requester.fullName, 'customer');
    return created.ticket.id;
  } catch (err) {
    if (err instanceof HttpError && err.status === 422) {
      console.warn('zendesk rejected ticket', err.body);
      return -1;
    }
    throw err;
  }
}
