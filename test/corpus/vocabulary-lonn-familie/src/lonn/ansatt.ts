export type Sivilstand = 'ugift' | 'gift' | 'registrert partner' | 'samboer' | 'skilt' | 'enke/enkemann';

export interface Familiemedlem {
  fulltNavn: string;
  fødselsdato: string;
}

export interface Ansatt {
  ansattnummer: string;
  fødselsnummer: string;
  fulltNavn: string;
  stillingstittel: string;
  /** Juridisk enhet i konsernet som er arbeidsgiver. */
  arbeidsgiver: string;
  årslønn: number;
  kontonummer: string;
  sivilstand: Sivilstand;
  ektefelle?: Familiemedlem;
  /** Barn under 18 år som den ansatte har forsørgeransvar for. */
  antallBarn: number;
  utdanning: string;
}

/** Stillingskategorier slik forsikringsselskapet grupperer dem i tilbudet. */
export const STILLINGSKATEGORIER = ['kontor', 'lager', 'felt', 'ledelse'] as const;

export function alderIDag(fødselsdato: string, iDag = new Date()): number {
  const fodt = new Date(fødselsdato);
  let alder = iDag.getFullYear() - fodt.getFullYear();
  if (iDag < new Date(iDag.getFullYear(), fodt.getMonth(), fodt.getDate())) alder -= 1;
  return alder;
}
