/**
 * Norwegian UI strings for the registration form. Keys are field ids; values are labels shown to
 * the user. Nothing here is data about a person.
 */
export const nb = {
  fornavn: 'Fornavn',
  etternavn: 'Etternavn',
  epost: 'E-postadresse',
  telefon: 'Telefonnummer',
  fødselsnummer: 'Fødselsnummer (11 siffer)',
  kontonummer: 'Kontonummer for utbetaling',
  adresse: 'Folkeregistrert adresse',
  feil: {
    fødselsnummer: 'Fødselsnummeret er ugyldig. Sjekk at du har skrevet 11 siffer.',
    epost: 'Skriv inn en gyldig e-postadresse, for eksempel ola@eksempel.no.',
    telefon: 'Telefonnummeret må ha 8 siffer.',
  },
} as const;

export type Tekster = typeof nb;
