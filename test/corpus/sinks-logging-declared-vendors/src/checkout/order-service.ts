import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.SHOP_DATABASE_URL });

export class AddressRejectedError extends Error {
  constructor(readonly carrier: string) {
    super(`the carrier ${carrier} cannot deliver to this address`);
  }
}

export async function reserveStock(cartId: string): Promise<{ id: string }> {
  const { rows } = await pool.query('select reserve_cart_stock($1) as id', [cartId]);
  return { id: rows[0].id };
}

export async function saveOrder(input: { cartId: string; customerEmail: string; shippingAddress: string; reservationId: string }): Promise<{ id: string }> {
  const id = randomUUID();
  const { rowCount } = await pool.query('select 1 from delivery_zones where $1 ~* pattern', [input.shippingAddress]);
  if (!rowCount) throw new AddressRejectedError('posten');
  await pool.query('insert into orders (id, cart_id, customer_email, shipping_address, reservation_id) values ($1, $2, $3, $4, $5)', [id, input.cartId, input.customerEmail, input.shippingAddress, input.reservationId]);
  return { id };
}

/** Captures the authorised payment; the card was tokenised in the browser, so no card data passes here. */
export async function capturePayment(orderId: string, paymentToken: string): Promise<{ amount: number; currency: string }> {
  const { rows } = await pool.query('select total_ore, currency from orders where id = $1', [orderId]);
  await pool.query('insert into payment_captures (order_id, token) values ($1, $2)', [orderId, paymentToken]);
  return { amount: rows[0].total_ore / 100, currency: rows[0].currency };
}
