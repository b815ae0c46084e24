import axios from 'axios';
import { hentAnsatt, hentFingeravtrykksmal } from './personal';

const ACCESS_CLOUD = 'https://api.accesscloud.example/v1';

const klient = axios.create({
  baseURL: ACCESS_CLOUD,
  headers: { 'x-api-key': process.env.ACCESS_CLOUD_KEY ?? '' },
  timeout: 8_000,
});

/** Registrerer den ansattes fingeravtrykk for dørene til laboratoriet. */
export async function registrerFingeravtrykk(ansattnummer: string): Promise<void> {
  const ansatt = await hentAnsatt(ansattnummer);
  const mal = await hentFingeravtrykksmal(ansatt.ansattnummer);
  await axios.put(`${ACCESS_CLOUD}/credentials/${ansatt.ansattnummer}`, {
    type: 'fingerprint',
    fingeravtrykk: mal.fingeravtrykk,
    dorer: ['lab-1', 'lab-2', 'prøvemottak'],
  });
}

export async function kvitterDorhendelser(dorId: string, antall: number): Promise<void> {
  try {
    await klient.post('/doors/events/ack', { doorId: dorId, eventCount: antall });
  } catch (feil) {
    console.warn(`Kunne ikke kvittere hendelser for dør ${dorId}`, (feil as Error).message);
  }
}
