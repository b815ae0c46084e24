import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.ORDERS_DATABASE_URL });

export interface OrderLine {
  sku: string;
  quantity: number;
  weightGrams: number;
}

export interface Order {
  orderId: string;
  shippingZone: string;
  customerName: string;
  customerAddress: string;
  customerPhone: string;
  customerEmail: string;
  lines: OrderLine[];
}

export async function loadOrder(orderId: string): Promise<Order> {
  const { rows } = await pool.query('select * from orders where order_id = $1', [orderId]);
  if (!rows[0]) throw new Error(`order ${orderId} not found`);
  const { rows: lines } = await pool.query('select sku, quantity, weight_grams as "weightGrams" from order_lines where order_id = $1', [orderId]);
  const o = rows[0];
  return {
    orderId: o.order_id,
    shippingZone: o.shipping_zone,
    customerName: o.customer_name,
    customerAddress: o.customer_address,
    customerPhone: o.customer_phone,
    customerEmail: o.customer_email,
    lines,
  };
}
