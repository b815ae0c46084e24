import { Notifications } from "../notifications";

interface PaidInvoice {
  id: string;
  number: string;
  total: number;
  customer: { email: string; fullName: string };
}

const notifications = new Notifications();

export async function onInvoicePaid(invoice: PaidInvoice) {
  await notifications.create("invoice_paid", {
    invoiceNumber: invoice.number,
    customerEmail: invoice.customer.email,
    customerName: invoice.customer.fullName,
    amount: invoice.total,
  });
}
