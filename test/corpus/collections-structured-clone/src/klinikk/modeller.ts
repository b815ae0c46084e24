export interface Kontakt {
  epost: string;
  telefon: string;
}

export interface Pasient {
  navn: string;
  fnr: string;
  fodselsdato: string;
  kontakt: Kontakt;
}

export interface Fagsak {
  tittel: string;
  diagnose: string;
  sporsmal: string;
  pasient?: Pasient;
}

export interface Timebestilling {
  tid: string;
  rom: string;
  pasient: { navn: string; telefon: string };
}

export const standardInnstillinger = {
  paminnelseTimerFor: 24,
  sprak: 'nb',
  kanaler: ['sms'] as string[],
};

export type Innstillinger = typeof standardInnstillinger;
