import { Resend } from "resend";
import { handlers } from "./handlers";

export class Notifications {
  #resend = new Resend(process.env.RESEND_API_KEY!);

  async create(type: string, payload: Record<string, unknown>) {
    const handler = handlers[type];
    if (!handler) throw new Error(`Unknown notification type: ${type}`);
    const parsed = handler.schema.safeParse(payload);
    if (!parsed.success) {
      console.warn(`Invalid ${type} payload`, parsed.error.issues.length);
      return { sent: false };
    }
    const message = handler.createEmail(parsed.data);
    await this.#resend.emails.send({ from: "Ledgerly <noreply@ledgerly.app>", ...message });
    return { sent: true };
  }
}
