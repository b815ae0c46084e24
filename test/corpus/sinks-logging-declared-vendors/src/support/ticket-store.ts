import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.SUPPORT_DATABASE_URL });

export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';

export async function createTicket(input: { requesterEmail: string; requesterName: string; subject: string; priority: TicketPriority }): Promise<{ id: string }> {
  const id = randomUUID();
  await pool.query(
    'insert into tickets (id, requester_email, requester_name, subject, priority, status) values ($1, $2, $3, $4, $5, $6)',
    [id, input.requesterEmail, input.requesterName, input.subject, input.priority, 'open'],
  );
  return { id };
}

export async function assignTicket(ticketId: string, queue: string): Promise<{ id: string; waitingMinutes: number }> {
  const { rows } = await pool.query(
    "update tickets set queue = $2, status = 'assigned' where id = $1 returning id, extract(epoch from now() - created_at)::int / 60 as waiting_minutes",
    [ticketId, queue],
  );
  if (!rows[0]) throw new Error(`ticket ${ticketId} not found`);
  return { id: rows[0].id, waitingMinutes: rows[0].waiting_minutes };
}
