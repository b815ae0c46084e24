export interface Beboer {
  beboerId: string;
  navn: string;
  fnr: string;
  epost: string;
  telefon: string;
  kontonummer: string;
  leilighet: string;
  andelsnummer: number;
  innflyttet: string;
}

export interface Vedlikeholdssak {
  kategori: 'ror' | 'elektro' | 'vindu' | 'annet';
  beskrivelse: string;
  haster: boolean;
}

export const STANDARD_VARSEL = {
  avsender: 'Borettslaget Solsiden',
  kanal: 'sms' as const,
  prioritet: 'normal' as const,
};

export function erNyinnflyttet(beboer: Beboer, idag = new Date()): boolean {
  return idag.getTime() - Date.parse(beboer.innflyttet) < 30 * 86_400_000;
}
