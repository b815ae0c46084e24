import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface OrderLine {
  quantity: number;
  productName: string;
  unitPriceCents: number;
  currency: string;
}

export interface PaidOrder {
  number: string;
  buyerEmail: string;
  lines: OrderLine[];
}

/** Orders paid on `day` (YYYY-MM-DD, Oslo time), with their lines. */
export async function findPaidOrders(day: string): Promise<PaidOrder[]> {
  const { rows } = await pool.query(
    `select o.number, o.buyer_email as "buyerEmail",
            json_agg(json_build_object('quantity', l.quantity, 'productName', l.product_name,
                                       'unitPriceCents', l.unit_price_cents, 'currency', o.currency)) as lines
       from orders o join order_lines l on l.order_number = o.number
      where (o.paid_at at time zone 'Europe/Oslo')::date = $1::date
      group by o.number`,
    [day],
  );
  return rows;
}
