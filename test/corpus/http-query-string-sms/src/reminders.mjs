import { remainingCredit, sendReminder } from './sms-gateway.mjs';

/** Sends tomorrow's appointment reminders; stops when the prepaid credit runs out. */
export async function sendDueReminders(settings, appointments) {
  let credit = await remainingCredit(settings);
  let sent = 0;
  for (const appointment of appointments) {
    if (credit <= 0) break;
    const when = appointment.startsAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    await sendReminder(settings, appointment.smsTo, `Reminder: your appointment tomorrow at ${when}`);
    credit -= 1;
    sent += 1;
  }
  return sent;
}
