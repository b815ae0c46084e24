import type { SendArgs } from "../send";
import { sendRenderedEmail } from "../send";

export type BookingConfirmedProps = {
  guestName: string;
  roomTitle: string;
  startsAt: string;
};

export async function sendBookingConfirmedEmail({ to, locale = "en", props, ...rest }: SendArgs<BookingConfirmedProps>) {
  const when = new Date(props.startsAt).toLocaleString(locale, { dateStyle: "full", timeStyle: "short" });
  await sendRenderedEmail({
    to,
    subject: `Your booking of ${props.roomTitle} is confirmed`,
    html: `<p>Hi ${props.guestName},</p><p>${props.roomTitle} is yours on ${when}.</p>`,
    ...rest,
  });
}
