import sgMail from '@sendgrid/mail';
import twilio from 'twilio';
import * as Sentry from '@sentry/node';
import { listOverdueInvoices } from './profiles';

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? '');
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

const INVOICE_TEMPLATE_ID = 'd-4f1c2a9e8b7d4e02';
const TWILIO_FROM = '+4759440000';

export async function sendInvoiceReminders(): Promise<void> {
  const overdue = await listOverdueInvoices({ daysOverdue: 7 });
  let sent = 0;

  for (const { invoice, customer } of overdue) {
    try {
      await sgMail.send({
        to: customer.email,
        from: 'billing@ledgerly.app',
        templateId: INVOICE_TEMPLATE_ID,
        dynamicTemplateData: { customerName: customer.name, amountDue: invoice.amountDue, invoiceNumber: invoice.number },
      });
      if (customer.smsOptIn) {
        await sms.messages.create({
          to: customer.phone,
          from: TWILIO_FROM,
          body: `Invoice ${invoice.number} is overdue. Pay at https://ledgerly.app/pay`,
        });
      }
      sent += 1;
    } catch (err) {
      Sentry.captureException(err, { tags: { job: 'invoice-reminders', invoiceNumber: invoice.number } });
    }
  }

  Sentry.addBreadcrumb({ category: 'billing', message: `invoice reminders sent: ${sent}` });
  await sgMail.send({
    to: 'finance@ledgerly.app',
    from: 'billing@ledgerly.app',
    subject: 'Reminder run finished',
    text: `${sent} of ${overdue.length} reminders sent`,
  });
}
