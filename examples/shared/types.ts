// Domenetyper som deles av API-et og webklienten.

export type Rolle = 'admin' | 'lonnsansvarlig' | 'ansatt';
export type Abonnement = 'start' | 'standard' | 'pluss';

/** Den innloggede brukeren: en ansatt eller lønnsansvarlig hos en av kundene våre. */
export interface Bruker {
  /** @personal user.unique_id */
  id: string;
  /** @personal user.name */
  navn: string;
  /** @personal user.contact.email */
  epost: string;
  rolle: Rolle;
  firmaId: string;
  abonnement: Abonnement;
}

export interface Ansatt {
  ansattnummer: string;
  /** @personal user.name */
  navn: string;
  /** @personal user.government_id.national_identification_number */
  fnr: string;
  /** @personal user.contact.email */
  epost: string;
  /** @personal user.financial.bank_account */
  kontonummer: string;
  stillingsprosent: number;
  avdeling: string;
}

export interface Kontaktperson {
  /** @personal user.name */
  navn: string;
  /** @personal user.contact.email */
  epost: string;
  /** @personal user.contact.phone_number */
  telefon: string;
  tittel?: string;
}

/** En kunde er et firma; kontaktpersonen er den som har ansvaret for avtalen. */
export interface Kunde {
  orgnr: string;
  firmanavn: string;
  abonnement: Abonnement;
  kontaktperson: Kontaktperson;
}

export interface Sykefravaer {
  id: string;
  ansattnummer: string;
  fraDato: string;
  tilDato: string;
  /** Sykmeldingsgrad i prosent (100 = helt sykmeldt). */
  grad: number;
  /** @personal user.health_and_medical */
  diagnosekode: string;
}

export interface Timer {
  ordinaere: number;
  overtid: number;
}

export interface Funksjonsflagg {
  nyTimeliste: boolean;
  mobilStempling: boolean;
}
