import * as Sentry from '@sentry/browser';

const FNR_VEKTER_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_VEKTER_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const SKJEMA_API = 'https://api.skjemabygger.example/v1/forms/registrering/schema';

function kontrollsiffer(siffer: number[], vekter: number[]): number {
  const rest = vekter.reduce((sum, v, i) => sum + v * siffer[i]!, 0) % 11;
  return rest === 0 ? 0 : 11 - rest;
}

/** Mod-11 check of a Norwegian national identity number (fødselsnummer). */
export function gyldigFnr(fnr: string): boolean {
  if (!/^\d{11}$/.test(fnr)) return false;
  const siffer = [...fnr].map(Number);
  return kontrollsiffer(siffer, FNR_VEKTER_1) === siffer[9] && kontrollsiffer(siffer, FNR_VEKTER_2) === siffer[10];
}

export function validerFnrFelt(fnr: string): string | null {
  if (gyldigFnr(fnr)) return null;
  // We report that the field failed, never its value: the fødselsnummer stays in the browser.
  Sentry.captureMessage('Validering feilet: fødselsnummer har feil kontrollsiffer', 'info');
  Sentry.addBreadcrumb({ category: 'skjema', message: 'felt fødselsnummer avvist', level: 'info' });
  return 'Fødselsnummeret er ugyldig';
}

export function validerEpostFelt(epost: string): string | null {
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(epost)) return null;
  Sentry.captureMessage(`Ugyldig e-postadresse: ${epost}`, 'info');
  return 'Skriv inn en gyldig e-postadresse';
}

/** Publishes the form definition (field ids, types and labels) to the hosted form renderer. */
export async function publiserSkjemadefinisjon(): Promise<void> {
  const felter = [
    { name: 'epost', type: 'email', label: 'E-post', required: true, autocomplete: 'email' },
    { name: 'telefon', type: 'tel', label: 'Mobilnummer', required: false, autocomplete: 'tel' },
    { name: 'fodselsnummer', type: 'text', label: 'Fødselsnummer', required: true, pattern: '\\d{11}' },
  ];
  await fetch(SKJEMA_API, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.SKJEMA_TOKEN}` },
    body: JSON.stringify({ version: 4, felter, note: 'e-post og fødselsnummer valideres i nettleseren' }),
  });
}
