import { Notifications } from "../notifications";

const notifications = new Notifications();

interface Invoice {
  id: string;
  teamId: string;
  invoiceNumber: string;
  paidAt?: string;
  customer: { name: string; email: string };
}

export async function sendInvoiceEmail(invoice: Invoice) {
  if (!invoice.customer.email) throw new Error(`Invoice ${invoice.id} has no customer e-mail`);

  await notifications.create(
    "invoice_sent",
    invoice.teamId,
    {
      invoiceId: invoice.id,
      invoiceNumber: invoice.invoiceNumber,
      customerName: invoice.customer.name,
      customerEmail: invoice.customer.email,
    },
    { sendEmail: true },
  );
}

// The in-app activity only: the customer's name stays in our own database.
export async function recordInvoiceCancelled(invoice: Invoice) {
  await notifications.create(
    "invoice_sent",
    invoice.teamId,
    {
      invoiceId: invoice.id,
      invoiceNumber: invoice.invoiceNumber,
      customerName: invoice.customer.name,
    },
    { sendEmail: false },
  );
}

export async function recordInvoiceScheduled(invoice: Invoice) {
  await notifications.create("invoice_sent", invoice.teamId, {
    invoiceId: invoice.id,
    customerName: invoice.customer.name,
    customerEmail: invoice.customer.email,
  });
}

export async function notifyInvoicePaid(invoice: Invoice) {
  await notifications.create(
    "invoice_paid",
    invoice.teamId,
    { invoiceId: invoice.id, invoiceNumber: invoice.invoiceNumber, paidAt: invoice.paidAt ?? new Date().toISOString() },
    { sendEmail: true },
  );
}
