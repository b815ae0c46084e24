const API = process.env.API_BASE_URL ?? 'http://localhost:4000';

export interface Appointment {
  id: string;
  patientId: string;
  firstName: string;
  mobilnummer: string;
  email: string;
  startsAt: string;
  reminded: boolean;
  reviewOptOut: boolean;
}

export async function appointmentsOn(day: string): Promise<Appointment[]> {
  const res = await fetch(`${API}/appointments?day=${day}`);
  if (!res.ok) throw new Error(`booking api answered ${res.status}`);
  return (await res.json()) as Appointment[];
}

export async function markReminded(appointmentId: string, patientId: string): Promise<void> {
  await fetch(`${API}/appointments/${appointmentId}/reminded`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ patientId, at: new Date().toISOString() }),
  });
}
