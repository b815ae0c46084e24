import OpenAI from 'openai';

const openai = new OpenAI();

export interface SupportTicket {
  ticketId: string;
  customerName: string;
  subject: string;
  priority?: 'low' | 'normal' | 'high';
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Asks the model to set a priority for tickets, 20 at a time. */
export async function triage(tickets: SupportTicket[]): Promise<Map<string, string>> {
  const priorities = new Map<string, string>();
  for (const group of chunk(tickets, 20)) {
    const lines = group.map((t, i) => `${i + 1}. [${t.ticketId}] ${t.customerName}: ${t.subject}`);
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: 'Return {"priorities": {"<ticketId>": "low|normal|high"}} for each ticket.' },
        { role: 'user', content: lines.join('\n') },
      ],
    });
    const parsed = JSON.parse(completion.choices[0]?.message.content ?? '{}') as { priorities?: Record<string, string> };
    for (const [id, p] of Object.entries(parsed.priorities ?? {})) priorities.set(id, p);
  }
  return priorities;
}
