import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface DueInvoice {
  id: string;
  number: string;
  amountCents: number;
  customer: { customerId: string; email: string; phone: string; preferredChannel: 'email' | 'ehf' | 'print' };
}

export async function listDueInvoices(limit: number): Promise<DueInvoice[]> {
  const { rows } = await pool.query(
    `select i.id, i.number, i.amount_cents, c.id as customer_id, c.email, c.phone, c.preferred_channel
       from invoices i join customers c on c.id = i.customer_id
      where i.dispatched_at is null and i.issue_date <= current_date limit $1`,
    [limit],
  );
  return rows.map((r) => ({ id: r.id, number: r.number, amountCents: r.amount_cents, customer: { customerId: r.customer_id, email: r.email, phone: r.phone, preferredChannel: r.preferred_channel } }));
}

export async function markDispatched(invoiceId: string): Promise<void> {
  await pool.query('update invoices set dispatched_at = now() where id = $1', [invoiceId]);
}
