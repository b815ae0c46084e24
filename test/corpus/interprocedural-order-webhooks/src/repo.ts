import type { Customer, Order } from './models';
import { NotFoundError } from './models';

const ORDERS_DB = 'http://orders-db.internal:8080';

async function getJson<T>(path: string): Promise<T | null> {
  const res = await fetch(`${ORDERS_DB}${path}`, { headers: { Accept: 'application/json' } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`orders-db ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export async function loadOrder(id: string): Promise<Order> {
  const order = await getJson<Order>(`/orders/${encodeURIComponent(id)}`);
  if (!order) throw new NotFoundError('order', id);
  return order;
}

export async function loadCustomer(customerId: string): Promise<Customer> {
  const customer = await getJson<Customer>(`/customers/${encodeURIComponent(customerId)}`);
  if (!customer) throw new NotFoundError('customer', customerId);
  return customer;
}
