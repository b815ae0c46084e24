export type Gradering = 20 | 40 | 50 | 60 | 80 | 100;

export interface Sykemelding {
  fom: string;
  tom: string;
  grad: Gradering;
}

export interface Fravaerssak {
  saksnummer: string;
  ansattnummer: string;
  fodselsnummer: string;
  fulltNavn: string;
  stillingstittel: string;
  kjønn: 'kvinne' | 'mann' | 'annet';
  fødested: string;
  sykemelding: Sykemelding;
  diagnose: string;
  /** Medlemskap trekkes i lønn; registrert av den ansatte selv. */
  fagforening?: string;
  fagforeningskontingent?: number;
}

export interface Saksbehandler {
  brukernavn: string;
  avdeling: string;
}

/** Tema i personalhåndboken; ikke knyttet til noen enkeltsak. */
export const HANDBOKTEMA = ['ergonomi', 'tilrettelegging', 'graderte sykemeldinger', 'egenmelding'] as const;
