import { NextResponse } from 'next/server';
import { ChatAnthropic } from '@langchain/anthropic';
import { Novu } from '@novu/node';
import { Redis } from '@upstash/redis';
import { loadTicket, saveDraft } from '../../../../../lib/tickets';

const model = new ChatAnthropic({ model: 'claude-sonnet-4-5', temperature: 0.2 });
const novu = new Novu(process.env.NOVU_API_KEY ?? '');
const redis = Redis.fromEnv();

export async function POST(_request: Request, { params }: { params: { id: string } }) {
  const ticket = await loadTicket(params.id);
  if (!ticket) return NextResponse.json({ error: 'not found' }, { status: 404 });

  const draft = await model.invoke([
    ['system', `You draft friendly replies for our ${ticket.productArea} support team.`],
    ['human', `Write a reply to ${ticket.customerName}. Their message:\n${ticket.body}`],
  ]);
  const text = typeof draft.content === 'string' ? draft.content : '';
  await saveDraft(ticket.id, text);

  await novu.trigger('ticket-reply-drafted', {
    to: { subscriberId: ticket.customerId, email: ticket.customerEmail },
    payload: { subject: ticket.subject },
  });

  // Counters for the dashboard: only the product area.
  await redis.incr(`drafts:${ticket.productArea}`);
  await redis.set('drafts:last-run', new Date().toISOString());

  return NextResponse.json({ draft: text });
}
