import axios, { isAxiosError } from 'axios';
import type { ServiceConfig } from '../config';

export interface Kontakt {
  kundenummer: string;
  navn: string;
  epost: string;
  telefon?: string;
}

export type Hendelsesdetaljer = Record<string, string | number | boolean>;

/** Builds a small client for any service speaking our CRM dialect (kontakter + hendelser). */
export function createCrmClient(cfg: ServiceConfig) {
  const http = axios.create({
    baseURL: cfg.baseUrl,
    timeout: cfg.timeoutMs,
    headers: { Authorization: `Bearer ${cfg.token}`, 'Content-Type': 'application/json' },
  });

  return {
    async lagreKontakt(kontakt: Kontakt): Promise<boolean> {
      try {
        const { data } = await http.put<{ oppdatert: boolean }>('/kontakter', kontakt);
        return data.oppdatert;
      } catch (err) {
        if (isAxiosError(err) && err.response?.status === 422) return false;
        throw err;
      }
    },

    async loggHendelse(type: string, detaljer: Hendelsesdetaljer): Promise<void> {
      await http.post('/hendelser', { type, detaljer, tidspunkt: new Date().toISOString() });
    },

    async status(): Promise<boolean> {
      const { data } = await http.get<{ ok: boolean }>('/status');
      return data.ok;
    },
  };
}

export type CrmClient = ReturnType<typeof createCrmClient>;
