export interface Appointment {
  appointmentId: string;
  clinicName: string;
  startsAt: Date;
  patientPhone: string;
  reminderSent: boolean;
}

const TIME_FORMAT = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});

export function renderReminder(startsAt: Date, clinicName: string): string {
  return `Påminnelse: du har time ${TIME_FORMAT.format(startsAt)} hos ${clinicName}. Svar AVBRYT for å avbestille.`;
}

export function isDue(appointment: Appointment, now: Date): boolean {
  const hoursAhead = (appointment.startsAt.getTime() - now.getTime()) / 3_600_000;
  return !appointment.reminderSent && hoursAhead > 0 && hoursAhead <= 26;
}

export function batchId(now: Date): string {
  return `reminders-${now.toISOString().slice(0, 13)}`;
}
