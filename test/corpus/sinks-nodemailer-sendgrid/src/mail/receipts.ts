import { sendgridSmtp, FROM_ADDRESS, ACCOUNTING_MAILBOX } from './transports';
import { findPaidOrders, OrderLine } from '../orders/repository';

function formatLines(lines: OrderLine[]): string {
  return lines
    .map((l) => `${l.quantity} × ${l.productName}  ${(l.unitPriceCents / 100).toFixed(2)} ${l.currency}`)
    .join('\n');
}

/** Sends a plain-text receipt for the given order lines. */
async function sendReceipt(to: string, orderNumber: string, lines: OrderLine[]): Promise<void> {
  await sendgridSmtp.sendMail({
    from: FROM_ADDRESS,
    to,
    subject: `Receipt for order ${orderNumber}`,
    text: formatLines(lines),
  });
}

export async function sendReceiptsForDay(day: string): Promise<number> {
  const orders = await findPaidOrders(day);
  for (const order of orders) {
    await sendReceipt(order.buyerEmail, order.number, order.lines);
  }
  // Accounting gets one copy of every receipt for the ledger, without the buyer's details.
  for (const order of orders) {
    await sendReceipt(ACCOUNTING_MAILBOX, order.number, order.lines);
  }
  return orders.length;
}
