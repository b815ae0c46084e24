import { invoiceSentSchema, type NotificationHandler } from "../schemas";

export const invoiceSent: NotificationHandler = {
  schema: invoiceSentSchema,

  createEmail: (data, _user, team) => {
    const subject = `${team.name} sent you invoice ${data.invoiceNumber}`;

    return {
      emailType: "customer",
      to: [data.customerEmail],
      subject,
      from: `${team.name} <billing@invoices.example.com>`,
      data: {
        customerName: data.customerName,
        teamName: team.name,
        invoiceNumber: data.invoiceNumber,
      },
    };
  },
};
