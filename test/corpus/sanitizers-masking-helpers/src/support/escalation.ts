import axios from 'axios';
import * as Sentry from '@sentry/node';
import { formatPhone, maskEmail, maskPhone, normalizeEmail, redact } from '../utils/mask';

interface Ticket {
  ticketId: string;
  subject: string;
  customerEmail: string;
  customerPhone: string;
  priority: 'p1' | 'p2' | 'p3';
  channel: 'chat' | 'email' | 'phone';
}

const ONCALL_WEBHOOK = 'https://events.pagerduty.com/v2/enqueue';
const SUPPORT_AI = 'https://api.support-copilot.ai/v1/summaries';
const SUPPORT_AI_FOLLOWUPS = 'https://api.support-copilot.ai/v1/followups';
const CALLBACK_VENDOR = 'https://api.callback-service.eu/v1/callbacks';

async function fetchTicket(ticketId: string): Promise<Ticket> {
  const res = await fetch(`http://tickets.svc.cluster.local/tickets/${ticketId}`);
  if (!res.ok) throw new Error(`ticket ${ticketId}: ${res.status}`);
  return (await res.json()) as Ticket;
}

export async function escalate(ticketId: string): Promise<void> {
  const ticket = await fetchTicket(ticketId);
  Sentry.setUser({ email: maskEmail(ticket.customerEmail) });

  const maskedPhone = maskPhone(ticket.customerPhone);
  await axios.post(ONCALL_WEBHOOK, {
    routing_key: process.env.PD_ROUTING_KEY,
    event_action: 'trigger',
    payload: {
      summary: `[${ticket.priority}] ${ticket.subject}`,
      source: 'support-escalation',
      severity: ticket.priority === 'p1' ? 'critical' : 'warning',
      custom_details: { contact: maskEmail(ticket.customerEmail), phone: maskedPhone, channel: ticket.channel },
    },
  });

  await axios.post(SUPPORT_AI, {
    ticket: ticket.ticketId,
    subject: ticket.subject,
    requester: redact(ticket.customerEmail),
  });

  if (ticket.channel === 'phone') {
    await axios.post(CALLBACK_VENDOR, {
      reference: ticket.ticketId,
      number: formatPhone(ticket.customerPhone),
      contact: maskEmail(ticket.customerEmail),
      within: ticket.priority === 'p1' ? '15m' : '4h',
    });
  }

  await axios.post(SUPPORT_AI_FOLLOWUPS, {
    ticket: ticket.ticketId,
    notifyAddress: normalizeEmail(ticket.customerEmail),
  });
}

export async function escalateSafely(ticketId: string): Promise<boolean> {
  try {
    await escalate(ticketId);
    return true;
  } catch (err) {
    Sentry.captureException(err, { tags: { area: 'escalation' } });
    return false;
  }
}
