import sgMail from '@sendgrid/mail';

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? '');

const FROM = { email: 'noreply@fakturaflyt.no', name: 'Fakturaflyt' };
const OPS_MAILBOX = 'drift@fakturaflyt.no';

export const TEMPLATES = {
  welcome: 'd-2f4c9a7e10b84f6c9d2e51a0b7c3e8f1',
  invoiceOverdue: 'd-81b0e6c24d1f4a3e8c7b59f0a2d61e34',
} as const;

export class EmailService {
  /** Transactional mail to one of our users. */
  async send(to: string, templateId: string, data: Record<string, unknown> = {}): Promise<void> {
    try {
      await sgMail.send({ to, from: FROM, templateId, dynamicTemplateData: data });
    } catch (err) {
      console.error(`sendgrid rejected template ${templateId}`, err);
      throw err;
    }
  }

  /** Plain-text alert to the operations mailbox. */
  async sendOpsAlert(subject: string, text: string): Promise<void> {
    await sgMail.send({ to: OPS_MAILBOX, from: FROM, subject: `[fakturaflyt] ${subject}`, text });
  }
}
