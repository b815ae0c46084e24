import { invoicePaidSchema, type NotificationHandler } from "../schemas";

function formatPaidAt(paidAt: string, locale: string): string {
  return new Date(paidAt).toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" });
}

export const invoicePaid: NotificationHandler = {
  schema: invoicePaidSchema,

  // Goes to the team's own members: the invoice number and the date, nothing about the customer.
  createEmail: (data, user) => {
    const locale = user.role === "owner" ? "en" : "nb";
    return {
      emailType: "team",
      subject: `Invoice ${data.invoiceNumber} was paid`,
      data: {
        invoiceNumber: data.invoiceNumber,
        paidAt: formatPaidAt(data.paidAt, locale),
        locale,
      },
    };
  },
};
