export interface Kunde {
  kundenummer: string;
  navn: string;
  epost: string;
  telefon: string;
  adresse: string;
  bransje: string;
  antallAnsatte: number;
}

export interface NyKundeSkjema {
  navn: string;
  epost: string;
  telefon?: string;
  adresse?: string;
  bransje: string;
  antallAnsatte: number;
  nyhetsbrev: boolean;
}

export class UgyldigKunde extends Error {
  constructor(readonly felt: string) {
    super(`Ugyldig verdi i feltet ${felt}`);
    this.name = 'UgyldigKunde';
  }
}

export function valider(skjema: NyKundeSkjema): void {
  if (!skjema.navn.trim()) throw new UgyldigKunde('navn');
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(skjema.epost)) throw new UgyldigKunde('epost');
  if (skjema.telefon && !/^(\+47)?\d{8}$/.test(skjema.telefon.replace(/\s/g, ''))) throw new UgyldigKunde('telefon');
}

export function nyttKundenummer(): string {
  return `K${Date.now().toString(36).toUpperCase()}`;
}
