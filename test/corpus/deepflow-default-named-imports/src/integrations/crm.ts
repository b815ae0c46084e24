import axios from 'axios';

const http = axios.create({
  baseURL: 'https://api.attendly-crm.example/v1',
  headers: { 'x-api-key': process.env.ATTENDLY_KEY ?? '' },
  timeout: 8_000,
});

export interface AttendeeInput {
  email: string;
  phone?: string;
  eventId: string;
  marketingConsent: boolean;
}

export async function upsertAttendee(input: AttendeeInput): Promise<void> {
  await http.put('/attendees', input);
}

export async function recordMetric(name: string, value: number): Promise<void> {
  await http.post('/metrics', { name, value, at: Date.now() });
}

export async function ping(): Promise<boolean> {
  const res = await http.get('/ping', { validateStatus: () => true });
  return res.status === 200;
}
