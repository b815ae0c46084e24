export interface Kunde {
  navn: string;
  epost: string;
  telefon: string;
  adresse: string;
}

export interface Vare {
  produktId: string;
  antall: number;
  enhetspris: number;
}

export interface Betalingssesjon {
  sesjonId: string;
  redirectUrl: string;
}

export const tomKunde = (): Kunde => ({ navn: '', epost: '', telefon: '', adresse: '' });

export function sumOre(varer: Vare[]): number {
  return varer.reduce((sum, vare) => sum + vare.antall * vare.enhetspris, 0);
}
