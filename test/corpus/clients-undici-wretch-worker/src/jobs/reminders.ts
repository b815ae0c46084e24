import { sendSms } from '../clients/sms';
import { rescheduleBooking, availableSlots } from '../clients/calendar';

interface Appointment {
  uid: string;
  startsAt: Date;
  patientName: string;
  patientPhone: string;
  patientEmail: string;
  clinic: string;
}

export async function remindTomorrow(appointments: Appointment[]): Promise<number> {
  let sent = 0;
  for (const a of appointments) {
    const time = a.startsAt.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' });
    const ok = await sendSms(a.patientPhone, `Hei ${a.patientName}! Påminnelse om time hos ${a.clinic} i morgen kl. ${time}.`);
    if (ok) sent += 1;
  }
  return sent;
}

export async function moveToNextFreeSlot(a: Appointment, eventTypeId: number): Promise<void> {
  const day = a.startsAt.toISOString().slice(0, 10);
  await availableSlots(eventTypeId, day);
  await rescheduleBooking(a.uid, a.startsAt.toISOString(), { name: a.patientName, email: a.patientEmail, timeZone: 'Europe/Oslo' });
}

export async function heartbeat(): Promise<boolean> {
  return sendSms(process.env.ONCALL_NUMBER ?? '', 'Påminnelsesjobben kjører');
}
