import { Pool } from 'pg';
import { PartnerClient } from '../clients/partner-client';

const db = new Pool({ host: 'orders-db.internal.shopco.no', database: 'shop', max: 2 });
const reseller = new PartnerClient({ baseUrl: 'https://api.partner.no', apiKey: process.env.PARTNER_API_KEY ?? '' });

interface MissingRow {
  customer_id: string;
  full_name: string;
  email: string;
}

/** Nightly: yesterday's order totals, and customers whose reseller registration failed. */
export async function runResellerSync(day: string): Promise<void> {
  const totals = await db.query<{ orders: string; revenue: string }>(
    `select count(*) as orders, coalesce(sum(total_nok), 0) as revenue
       from orders where channel = 'reseller' and created_at::date = $1`,
    [day],
  );
  const { orders, revenue } = totals.rows[0] ?? { orders: '0', revenue: '0' };
  await reseller.reportOrderStats({ day, orders: Number(orders), revenueNok: Number(revenue) });

  const missing = await db.query<MissingRow>(
    `select customer_id, full_name, email from customers
      where channel = 'reseller' and reseller_ref is null and accepted_partner_terms`,
  );
  for (const row of missing.rows) {
    try {
      const ref = await reseller.registerCustomer({ externalRef: row.customer_id, fullName: row.full_name, email: row.email });
      await db.query('update customers set reseller_ref = $1 where customer_id = $2', [ref, row.customer_id]);
    } catch (err) {
      console.error(`reseller backfill failed for ${row.customer_id}`, err);
    }
  }
  console.info(`reseller sync ${day}: ${orders} orders, ${missing.rowCount} backfilled`);
}
