import { Pool } from 'pg';
import type { Appointment } from '../reminders/templates.js';

const pool = new Pool({ connectionString: process.env.CLINIC_DATABASE_URL });

/** Appointments in the next 48 hours whose patient has not had a reminder yet. */
export async function loadUpcomingAppointments(now: Date): Promise<Appointment[]> {
  const { rows } = await pool.query(
    `select a.id as "appointmentId", a.starts_at as "startsAt", c.name as "clinicName",
            p.mobile as "patientPhone", a.reminder_sent_at is not null as "reminderSent"
       from appointments a
       join clinics c on c.id = a.clinic_id
       join patients p on p.id = a.patient_id
      where a.starts_at between $1 and $1::timestamptz + interval '48 hours'
        and a.reminder_sent_at is null and a.cancelled_at is null`,
    [now],
  );
  return rows;
}

export async function markReminderSent(appointmentId: string): Promise<void> {
  await pool.query('update appointments set reminder_sent_at = now() where id = $1', [appointmentId]);
}
