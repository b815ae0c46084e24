import axios from 'axios';
import { TIMEFORING_API_URL } from '../config';
import type { Ansatt, Bruker, Kunde, Sykefravaer, Timer } from '../../../shared/types';

// Klient for vårt eget interne API. Alt her går til egne tjenester.
const register = axios.create({
  baseURL: `${TIMEFORING_API_URL}/intern/v1`,
  timeout: 5000,
});

export interface Firmaoppsett {
  orgnr: string;
  lonnspartnerCallbackUrl: string | null;
}

export async function hentBrukerForToken(token: string): Promise<Bruker> {
  const { data } = await register.get<Bruker>('/meg', {
    headers: { Authorization: `Bearer ${token}` },
  });
  return data;
}

export async function oppdaterBruker(id: string, endring: Pick<Bruker, 'navn' | 'epost'>): Promise<Bruker> {
  const { data } = await register.patch<Bruker>(`/brukere/${id}`, endring);
  return data;
}

export async function startTimer(brukerId: string, prosjektId: string): Promise<{ timerId: string }> {
  const { data } = await register.post<{ timerId: string }>(`/brukere/${brukerId}/timer`, { prosjektId });
  return data;
}

export async function hentFirmaoppsett(firmaId: string): Promise<Firmaoppsett> {
  const { data } = await register.get<Firmaoppsett>(`/firma/${firmaId}/oppsett`);
  return data;
}

export async function hentAnsatte(firmaId: string): Promise<Ansatt[]> {
  const { data } = await register.get<Ansatt[]>(`/firma/${firmaId}/ansatte`);
  return data;
}

export async function hentAnsatt(firmaId: string, ansattnummer: string): Promise<Ansatt> {
  const { data } = await register.get<Ansatt>(`/firma/${firmaId}/ansatte/${ansattnummer}`);
  return data;
}

export async function oppdaterKontonummer(firmaId: string, ansattnummer: string, kontonummer: string) {
  await register.patch(`/firma/${firmaId}/ansatte/${ansattnummer}`, { kontonummer });
}

export async function hentTimer(firmaId: string, periode: string): Promise<Map<string, Timer>> {
  const { data } = await register.get<Record<string, Timer>>(`/firma/${firmaId}/timer/${periode}`);
  return new Map(Object.entries(data));
}

export async function hentSykefravaer(firmaId: string, id: string): Promise<Sykefravaer> {
  const { data } = await register.get<Sykefravaer>(`/firma/${firmaId}/fravaer/${id}`);
  return data;
}

export async function hentKunde(orgnr: string): Promise<Kunde> {
  const { data } = await register.get<Kunde>(`/kunder/${orgnr}`);
  return data;
}

export async function hentKunder(): Promise<Kunde[]> {
  const { data } = await register.get<Kunde[]>('/kunder');
  return data;
}

export async function lagreKunde(kunde: Kunde): Promise<void> {
  await register.put(`/kunder/${kunde.orgnr}`, kunde);
}

export async function lagreLonnskjoring(
  firmaId: string,
  kjoring: { periode: string; batchId: string; ansatte: Ansatt[] },
): Promise<void> {
  await register.post(`/firma/${firmaId}/lonnskjoringer`, kjoring);
}
