import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.SUPPORT_DATABASE_URL });

export interface Ticket {
  ticketId: string;
  subject: string;
  description: string;
  customer: { name: string; email: string; fnr: string; kontonummer: string };
}

export interface Incident {
  incidentId: string;
  title: string;
  publicSummary: string;
  product: string;
}

export async function loadTicket(ticketId: string): Promise<Ticket> {
  const { rows } = await pool.query(
    `select t.id, t.subject, t.description, c.name, c.email, c.fnr, c.kontonummer
       from tickets t join customers c on c.id = t.customer_id where t.id = $1`,
    [ticketId],
  );
  const r = rows[0];
  if (!r) throw new Error(`ticket ${ticketId} not found`);
  return { ticketId: r.id, subject: r.subject, description: r.description, customer: { name: r.name, email: r.email, fnr: r.fnr, kontonummer: r.kontonummer } };
}

export async function loadAbsenceCase(caseId: string): Promise<{ caseId: string; diagnosis: string; startDate: string }> {
  const { rows } = await pool.query('select id as "caseId", diagnosis, start_date as "startDate" from absence_cases where id = $1', [caseId]);
  return rows[0];
}

export async function markShared(ticketId: string, postId: string): Promise<void> {
  await pool.query('update tickets set community_post_id = $2 where id = $1', [ticketId, postId]);
}

export async function openIncidents(): Promise<Incident[]> {
  const { rows } = await pool.query('select id as "incidentId", title, public_summary as "publicSummary", product from incidents where resolved_at is null');
  return rows;
}
