import { readFile } from 'node:fs/promises';

export interface Medlem {
  medlemsnummer: string;
  navn: string;
  epost: string;
  telefon: string;
  fodselsdato: string;
  lag: 'fotball' | 'handball' | 'ski' | 'trim';
  kontingentBetalt: boolean;
}

export async function lesMedlemmer(fil: string): Promise<Medlem[]> {
  const raw = JSON.parse(await readFile(fil, 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${fil}: forventet en liste med medlemmer`);
  return raw.map((m, i) => {
    if (typeof m?.medlemsnummer !== 'string') throw new Error(`${fil}: medlem ${i} mangler medlemsnummer`);
    return m as Medlem;
  });
}

export function alderPaa(fodselsdato: string, dato = new Date()): number {
  const f = new Date(fodselsdato);
  let alder = dato.getFullYear() - f.getFullYear();
  if (dato < new Date(dato.getFullYear(), f.getMonth(), f.getDate())) alder -= 1;
  return alder;
}
