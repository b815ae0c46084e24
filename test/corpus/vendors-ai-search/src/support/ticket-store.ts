import { Pool } from 'pg';
import type { Ticket } from './ticket-assistant';

const pool = new Pool({ connectionString: process.env.SUPPORT_DATABASE_URL });

export async function loadTicket(ticketId: string): Promise<Ticket> {
  const { rows } = await pool.query(
    'select id, requester_name as "requesterName", requester_email as "requesterEmail", body, product from tickets where id = $1',
    [ticketId],
  );
  if (!rows[0]) throw new Error(`ticket ${ticketId} not found`);
  return rows[0];
}

export async function loadArticle(articleId: string): Promise<{ title: string; markdown: string }> {
  const { rows } = await pool.query('select title, markdown from help_articles where id = $1', [articleId]);
  return rows[0];
}

export async function saveTriage(ticketId: string, triage: { summary: string; sentiment: string }): Promise<void> {
  await pool.query('update tickets set ai_summary = $2, sentiment = $3 where id = $1', [ticketId, triage.summary, triage.sentiment]);
}
