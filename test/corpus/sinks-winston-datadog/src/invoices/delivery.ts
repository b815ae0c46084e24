import { Pool } from 'pg';
import type { DueInvoice } from './repository';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export class DeliveryError extends Error {
  constructor(readonly code: 'CARD_DECLINED' | 'NO_CHANNEL', message: string) {
    super(message);
  }
}

/**
 * Hands the invoice to the delivery worker through the outbox table (same database, same
 * transaction as the invoice), charging the stored card first where the customer pays by card.
 */
export async function deliverInvoice(invoice: DueInvoice): Promise<void> {
  const { rows } = await pool.query('select charge_stored_card($1) as outcome', [invoice.id]);
  if (rows[0]?.outcome === 'declined') throw new DeliveryError('CARD_DECLINED', `card declined for invoice ${invoice.number}`);
  await pool.query('insert into delivery_outbox (invoice_id, channel) values ($1, $2)', [invoice.id, invoice.customer.preferredChannel]);
}
