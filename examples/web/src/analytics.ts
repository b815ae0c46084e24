import { AnalyticsBrowser } from '@segment/analytics-next';
import type { Bruker } from '../../shared/types';

export const analytics = AnalyticsBrowser.load({
  writeKey: import.meta.env.VITE_SEGMENT_WRITE_KEY,
});

/** Knytter hendelsene i økten til brukeren, slik at produktteamet ser hvem som bruker hva. */
export function identifiser(bruker: Bruker): void {
  analytics.identify(bruker.id, {
    name: bruker.navn,
    email: bruker.epost,
    plan: bruker.abonnement,
  });
}

type Egenskaper = Record<string, string | number | boolean>;

export function sporHendelse(hendelse: string, egenskaper: Egenskaper = {}): void {
  analytics.track(hendelse, { ...egenskaper, app: 'timeforing-web' });
}
