import axios from 'axios';
import type { BillingCustomer, Invoice } from './customer';

const POSTMARK = 'https://api.postmarkapp.com';

export class InvoiceMailer {
  private readonly customer: BillingCustomer;
  private sent = 0;

  constructor(customer: BillingCustomer) {
    this.customer = customer;
  }

  private get headers() {
    return { 'X-Postmark-Server-Token': process.env.POSTMARK_TOKEN ?? '', Accept: 'application/json' };
  }

  async sendInvoice(invoice: Invoice): Promise<void> {
    const amount = new Intl.NumberFormat('nb-NO', { style: 'currency', currency: invoice.currency }).format(invoice.amountDue);
    await axios.post(
      `${POSTMARK}/email/withTemplate`,
      {
        From: 'faktura@acme.no',
        To: this.customer.email,
        TemplateAlias: 'invoice',
        TemplateModel: { name: this.customer.fullName, number: invoice.number, amount, dueDate: invoice.dueDate },
      },
      { headers: this.headers },
    );
    this.sent += 1;
  }

  async reportDelivery(): Promise<void> {
    await axios.post(`${POSTMARK}/stats/outbound`, { tag: 'invoice', count: this.sent }, { headers: this.headers });
  }
}
