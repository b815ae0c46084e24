import { config } from '../config';
import { createCrmClient } from '../crm/create-client';

const kundeportal = createCrmClient(config.kundeportal);
const kunderegister = createCrmClient(config.kunderegister);

export interface Kunde {
  kundenummer: string;
  navn: string;
  epost: string;
  telefon?: string;
  reservertMotMarkedsforing: boolean;
}

export interface Ordre {
  ordrenummer: string;
  linjer: Array<{ varenummer: string; antall: number }>;
  levertDato: string;
  reklamasjon?: { kode: string; beskrivelse: string };
}

export async function ordreLevert(ordre: Ordre, kunde: Kunde): Promise<void> {
  // Vårt eget kunderegister får alltid oppdatert kontaktinfo.
  await kunderegister.lagreKontakt({
    kundenummer: kunde.kundenummer,
    navn: kunde.navn,
    epost: kunde.epost,
    telefon: kunde.telefon,
  });

  if (!kunde.reservertMotMarkedsforing) {
    const lagret = await kundeportal.lagreKontakt({ kundenummer: kunde.kundenummer, navn: kunde.navn, epost: kunde.epost });
    if (!lagret) console.warn(`kundeportalen avviste ordre ${ordre.ordrenummer}`);
  }

  await kundeportal.loggHendelse('ordre_levert', {
    ordrenummer: ordre.ordrenummer,
    antallVarer: ordre.linjer.reduce((sum, l) => sum + l.antall, 0),
    levert: ordre.levertDato,
  });
}

export async function reklamasjonMottatt(ordre: Ordre, kunde: Kunde): Promise<void> {
  if (!ordre.reklamasjon) return;
  await kundeportal.loggHendelse('reklamasjon', {
    kundenummer: kunde.kundenummer,
    ordrenummer: ordre.ordrenummer,
    kode: ordre.reklamasjon.kode,
  });
  await kunderegister.loggHendelse('reklamasjon', { kundenummer: kunde.kundenummer, kode: ordre.reklamasjon.kode });
}

export async function helsesjekk(): Promise<{ kundeportal: boolean; kunderegister: boolean }> {
  const [a, b] = await Promise.all([kundeportal.status(), kunderegister.status()]);
  return { kundeportal: a, kunderegister: b };
}
