/** Strings the server shows in hovers and code actions, in English and Norwegian bokmål. */
const EN = {
  data: 'Data',
  to: 'To',
  endpoint: 'Endpoint',
  clause: 'Clause',
  why: 'Why',
  undeclared:
    'No recipient in .disclose.yaml matches this endpoint, and it is not internal. The policy offers these recipient categories: {0}.',
  notPermitted: 'The clause never permits {0} here.',
  missing: 'The clause requires {0}, which the recipient does not declare.',
  met: 'Declared: {0}.',
  publicDisclosure: 'Everything sent there becomes public.',
  unresolved: 'Disclose could not resolve where this call sends data.',
  from: 'from',
  personalData: 'Personal data',
  sentTo: 'sent to {0} (line {1})',
  notSent: 'not seen leaving the organisation in this file',
  openClause: 'Open the policy clause "{0}"',
  openPolicy: 'Open the policy ({0})',
  declare: 'Declare {0} as a recipient in .disclose.yaml',
  declareAs: 'Declare {0} as a recipient ({1})',
  addCondition: 'Add {0} to recipient "{1}" in .disclose.yaml',
  removeField: 'Remove the field "{0}" from the payload',
  suppress: 'Suppress this finding on this line (with a reason)',
  addReason: 'Add a reason to this suppression',
  reasonPlaceholder: 'REASON: why this sharing is allowed',
};

const NB: typeof EN = {
  data: 'Data',
  to: 'Til',
  endpoint: 'Endepunkt',
  clause: 'Punkt',
  why: 'Hvorfor',
  undeclared:
    'Ingen mottaker i .disclose.yaml passer med dette endepunktet, og det er ikke internt. Policyen har disse mottakerkategoriene: {0}.',
  notPermitted: 'Punktet tillater aldri {0} her.',
  missing: 'Punktet krever {0}, som mottakeren ikke oppgir.',
  met: 'Oppgitt: {0}.',
  publicDisclosure: 'Alt som sendes dit, blir offentlig.',
  unresolved: 'Disclose fant ikke ut hvor dette kallet sender data.',
  from: 'fra',
  personalData: 'Personopplysning',
  sentTo: 'sendes til {0} (linje {1})',
  notSent: 'ikke sett sendt ut av organisasjonen i denne filen',
  openClause: 'Åpne punktet «{0}» i personvernerklæringen',
  openPolicy: 'Åpne personvernerklæringen ({0})',
  declare: 'Oppgi {0} som mottaker i .disclose.yaml',
  declareAs: 'Oppgi {0} som mottaker ({1})',
  addCondition: 'Legg til {0} for mottakeren «{1}» i .disclose.yaml',
  removeField: 'Fjern feltet «{0}» fra det som sendes',
  suppress: 'Undertrykk funnet på denne linjen (med begrunnelse)',
  addReason: 'Legg til en begrunnelse for undertrykkingen',
  reasonPlaceholder: 'BEGRUNNELSE: hvorfor denne delingen er tillatt',
};

export type TextKey = keyof typeof EN;

export function isNorwegian(locale: string | undefined): boolean {
  return !!locale && /^(nb|no|nn)\b/i.test(locale);
}

export function t(locale: string | undefined, key: TextKey, ...args: Array<string | number>): string {
  const table = isNorwegian(locale) ? NB : EN;
  return table[key].replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)] ?? ''));
}

/** Picks the bokmål text of a pack where the user reads Norwegian. */
export function local(text: { en: string; nb?: string } | undefined, locale: string | undefined): string {
  if (!text) return '';
  return isNorwegian(locale) && text.nb ? text.nb : text.en;
}
