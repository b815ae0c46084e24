import type { Bruker, Funksjonsflagg } from '../../shared/types';

// Webklienten snakker bare med vårt eget API, som ligger bak samme domene.
const API_BASE = '/api';

export class ApiFeil extends Error {
  constructor(readonly status: number, melding: string) {
    super(melding);
  }
}

async function apiFetch<T>(sti: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API_BASE}${sti}`, {
    ...init,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
  if (!res.ok) {
    throw new ApiFeil(res.status, await res.text());
  }
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

export const api = {
  hentMeg: () => apiFetch<Bruker>('/meg'),

  oppdaterProfil: (endring: Pick<Bruker, 'navn' | 'epost'>) =>
    apiFetch<Bruker>('/meg', { method: 'PATCH', body: JSON.stringify(endring) }),

  hentFunksjonsflagg: () => apiFetch<Funksjonsflagg>('/funksjonsflagg'),

  startTimer: (prosjektId: string) =>
    apiFetch<{ timerId: string }>('/timer', { method: 'POST', body: JSON.stringify({ prosjektId }) }),

  stillSporsmal: (sporsmal: { tittel: string; tekst: string }) =>
    apiFetch<{ id: string; url: string }>('/support/community/sporsmal', {
      method: 'POST',
      body: JSON.stringify(sporsmal),
    }),
};
