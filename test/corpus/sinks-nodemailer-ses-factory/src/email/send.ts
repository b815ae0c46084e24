import { env } from "../env";
import { getTransport } from "./transport";

type From = { name: string; address: string };

export type SendArgs<P> = {
  to: string;
  locale?: string;
  props: P;
  replyTo?: string;
};

async function dispatch(options: { to: string; subject: string; html?: string; text?: string; replyTo?: string; from?: From }) {
  try {
    await getTransport().sendMail({
      from: options.from ?? { name: "Bookings", address: env.NOREPLY_EMAIL },
      replyTo: options.replyTo ?? env.SUPPORT_EMAIL,
      to: options.to,
      subject: options.subject,
      html: options.html,
      text: options.text,
    });
  } catch (e) {
    // Sending is fire-and-forget: a failed send is logged, the request goes on.
    console.error(`Failed to send email: ${options.subject}`, e);
  }
}

export async function sendRenderedEmail(options: { to: string; subject: string; html: string; replyTo?: string }) {
  await dispatch({ to: options.to, subject: options.subject, html: options.html, replyTo: options.replyTo });
}

/** Plain text mail to the operations mailbox; no template. */
export async function sendOpsEmail(subject: string, text: string) {
  await dispatch({ to: env.SUPPORT_EMAIL, subject, text });
}
