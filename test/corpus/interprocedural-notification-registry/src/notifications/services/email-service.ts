import { type CreateEmailOptions, Resend } from "resend";
import type { EmailInput } from "../schemas";

export class EmailService {
  private client: Resend;

  constructor() {
    this.client = new Resend(process.env.RESEND_API_KEY!);
  }

  async sendBulk(emails: EmailInput[], notificationType: string) {
    if (emails.length === 0) return { sent: 0, failed: 0 };

    const payloads = emails.map((email) => this.#buildPayload(email));
    let sent = 0;
    let failed = 0;

    for (const payload of payloads) {
      const response = await this.client.emails.send(payload);
      if (response.error) failed++;
      else sent++;
    }

    console.info(`[${notificationType}] ${sent} sent, ${failed} failed`);
    return { sent, failed };
  }

  #buildPayload(email: EmailInput): CreateEmailOptions {
    // Customer e-mails name their recipient; team e-mails go to the member.
    const recipients = email.to || [email.user.email];

    return {
      from: email.from || "Billing <billing@invoices.example.com>",
      to: recipients,
      subject: email.subject ?? "Notification",
      text: JSON.stringify(email.data),
    };
  }
}
