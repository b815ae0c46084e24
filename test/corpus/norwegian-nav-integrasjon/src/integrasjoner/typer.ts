export interface Ansatt {
  ansattnummer: string;
  fødselsnummer: string;
  fornavn: string;
  etternavn: string;
  kontonummer: string;
  stillingsprosent: number;
  avdeling: string;
}

export interface Sykefravær {
  fraDato: string;
  tilDato: string;
  gradering: number;
  arbeidsgiverperiodeDager: number;
}

export interface Inntektsmelding {
  fnr: string;
  organisasjonsnummer: string;
  beregnetMånedsinntekt: number;
  periode: { fom: string; tom: string };
  refusjon: boolean;
}

export const ORGANISASJONSNUMMER = '912345678';

export function tilIsoDato(dato: Date): string {
  return dato.toISOString().slice(0, 10);
}
