import { exportReadySchema, invoicePaidSchema, type NotificationHandler } from "./types";

const invoicePaid: NotificationHandler = {
  schema: invoicePaidSchema,
  createEmail: (data) => ({
    to: [data.customerEmail],
    subject: `Invoice ${data.invoiceNumber} is paid`,
    text: `Hi ${data.customerName}, we received ${data.amount} for invoice ${data.invoiceNumber}.`,
  }),
};

const exportReady: NotificationHandler = {
  schema: exportReadySchema,
  createEmail: (data) => ({
    to: ["finance@ledgerly.app"],
    subject: "Your export is ready",
    text: `Export ${data.exportId} (${data.rowCount} rows, ${data.format}) can be downloaded.`,
  }),
};

export const handlers: Record<string, NotificationHandler> = {
  invoice_paid: invoicePaid,
  export_ready: exportReady,
};
