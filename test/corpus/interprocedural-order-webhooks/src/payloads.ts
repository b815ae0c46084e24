import type { Customer, Order } from './models';

/** Pipedrive person fields for a customer. */
export function buildCustomerPayload(customer: Customer) {
  return {
    contact: customer.email,
    label: customer.fullName,
    tier: customer.plan,
    visible_to: 3,
  };
}

/** What finance needs to reconcile an order: amounts only. */
export default function buildOrderSummary(order: Order) {
  return {
    orderId: order.id,
    total: order.totalCents / 100,
    currency: order.currency,
    items: order.lines.reduce((n, l) => n + l.quantity, 0),
    paidAt: order.createdAt,
  };
}

export function shippingLabel(customer: Customer, order: Order): string {
  return [customer.fullName, customer.address, `Order ${order.id}`].join('\n');
}

export function reviewInvitation(customer: Customer, order: Order) {
  return {
    consumerEmail: customer.email,
    consumerName: customer.fullName,
    referenceNumber: order.id,
    locale: 'nb-NO',
    senderName: 'Acme Nettbutikk',
  };
}
