import { type EmailInput, type UserData } from "./schemas";
import { EmailService } from "./services/email-service";
import { invoicePaid } from "./types/invoice-paid";
import { invoiceSent } from "./types/invoice-sent";

const handlers = {
  invoice_sent: invoiceSent,
  invoice_paid: invoicePaid,
} as const;

export type NotificationType = keyof typeof handlers;

export interface NotificationOptions {
  sendEmail?: boolean;
  priority?: number;
}

async function getTeamMembers(teamId: string): Promise<UserData[]> {
  const res = await fetch(`http://accounts.internal/teams/${teamId}/members`);
  return res.json();
}

export class Notifications {
  #emailService = new EmailService();

  async create(type: NotificationType, teamId: string, payload: Record<string, unknown>, options?: NotificationOptions) {
    const users = await getTeamMembers(teamId);
    if (users.length === 0) return { sent: 0, failed: 0 };

    const data = { ...payload, users };
    return this.#createInternal(type, data, options);
  }

  async #createInternal(type: NotificationType, data: Record<string, unknown>, options?: NotificationOptions) {
    const handler = handlers[type];
    const validated = handler.schema.parse(data);

    const sendEmail = options?.sendEmail ?? false;
    if (sendEmail && handler.createEmail) {
      const team = { id: validated.users[0].team_id, name: "Acme Billing" };
      const inputs = validated.users.map((user: UserData) => this.#createEmailInput(handler, validated, user, team));
      return this.#emailService.sendBulk(inputs, type);
    }

    return { sent: 0, failed: 0 };
  }

  // Each handler builds its own message; the registry only knows it has a createEmail.
  #createEmailInput(handler: any, validated: any, user: UserData, team: { id: string; name: string }): EmailInput {
    const customEmail = handler.createEmail(validated, user, team);
    return { user, ...customEmail };
  }
}
