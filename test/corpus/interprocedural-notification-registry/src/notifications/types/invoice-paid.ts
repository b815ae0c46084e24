import { invoicePaidSchema, type NotificationHandler } from "../schemas";

export const invoicePaid: NotificationHandler = {
  schema: invoicePaidSchema,

  createEmail: (data, user) => ({
    emailType: "team",
    subject: `Invoice ${data.invoiceNumber} was paid`,
    data: {
      invoiceNumber: data.invoiceNumber,
      paidAt: data.paidAt,
      locale: user.role === "owner" ? "en" : "nb",
    },
  }),
};
