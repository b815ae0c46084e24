import axios from 'axios';

const SENDGRID = 'https://api.sendgrid.com/v3/mail/send';
const sendgridAuth = { headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` } };

const SENDER = { email: 'noreply@acme.no', name: 'Acme Regnskap' };
const COMPANY_ADDRESS = 'Acme AS, Karenslyst allé 56, 0277 Oslo';

export interface Receipt {
  orderNumber: string;
  totalNok: number;
  customerEmail: string;
}

/** Order receipt to the buyer. */
export async function sendReceipt(receipt: Receipt): Promise<void> {
  await axios.post(
    SENDGRID,
    {
      from: SENDER,
      reply_to: { email: 'kundeservice@acme.no', name: 'Kundeservice' },
      personalizations: [{ to: [{ email: receipt.customerEmail }] }],
      template_id: 'd-0c1f5e7a9b2d4c6e',
      dynamic_template_data: { order: receipt.orderNumber, total: receipt.totalNok, footer: COMPANY_ADDRESS },
    },
    sendgridAuth,
  );
}

/** Daily smoke test of the mail pipeline against the vendor's sandbox. */
export async function smokeTest(): Promise<boolean> {
  const res = await axios.post(
    SENDGRID,
    {
      from: SENDER,
      personalizations: [{ to: [{ email: 'smoketest@acme.no', name: 'Smoke Test' }] }],
      subject: 'smoke',
      content: [{ type: 'text/plain', value: 'ok' }],
      mail_settings: { sandbox_mode: { enable: true } },
    },
    { ...sendgridAuth, validateStatus: () => true },
  );
  return res.status === 200;
}
