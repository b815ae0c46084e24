import { boolean, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';

export const patients = pgTable('patients', {
  id: serial('id').primaryKey(),
  fullName: text('full_name').notNull(),
  email: text('email').notNull(),
  clinicId: text('clinic_id').notNull(),
  reminderOptIn: boolean('reminder_opt_in').notNull().default(false),
  nextAppointment: timestamp('next_appointment', { withTimezone: true }),
});

export const clinics = pgTable('clinics', {
  id: text('id').primaryKey(),
  displayTitle: text('display_title').notNull(),
  city: text('city').notNull(),
  opensAt: text('opens_at').notNull().default('08:00'),
});

export type Patient = typeof patients.$inferSelect;
export type Clinic = typeof clinics.$inferSelect;

const pool = new Pool({ connectionString: process.env.CLINIC_DATABASE_URL, max: 4 });

export const db = drizzle(pool);

export async function closeDb(): Promise<void> {
  await pool.end();
}
