import axios from 'axios';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const DATADOG_SERIES = 'https://api.datadoghq.eu/api/v2/series';

interface ProfileRow {
  userId: string;
  email: string;
  phone: string | null;
  dateOfBirth: string | null;
  emailBouncedAt: Date | null;
}

function gauge(metric: string, value: number) {
  return { metric, type: 3, points: [{ timestamp: Math.floor(Date.now() / 1000), value }] };
}

/** Hourly data-quality gauges for the profile table. */
export async function reportProfileHealth(): Promise<void> {
  const { rows } = await pool.query<ProfileRow>(
    'select id as "userId", email, phone, date_of_birth as "dateOfBirth", email_bounced_at as "emailBouncedAt" from users',
  );

  const phoneNumbersOnFile = rows.filter((r) => r.phone !== null).length;
  const bounced = rows.filter((r) => Boolean(r.emailBouncedAt)).length;
  const longest = rows.reduce((max, r) => Math.max(max, r.email.length), 0);
  const minors = rows.filter((r) => r.dateOfBirth !== null && Date.parse(r.dateOfBirth) > Date.now() - 18 * 365.25 * 86_400_000).length;

  await axios.post(
    DATADOG_SERIES,
    {
      series: [
        gauge('profiles.total', rows.length),
        gauge('profiles.with_phone', phoneNumbersOnFile),
        gauge('profiles.bounced', bounced),
        gauge('profiles.email_max_length', longest),
        gauge('profiles.minors', minors),
      ],
    },
    { headers: { 'DD-API-KEY': process.env.DD_API_KEY ?? '' } },
  );
}
