import { hentAnsatte, hentInnstilling, Ansatt } from '../lager';

interface Innsendingskvittering {
  referanse: string;
  mottatt: string;
}

export async function sendAMelding(periode: string): Promise<Innsendingskvittering> {
  const ansatte: Ansatt[] = await hentAnsatte({ aktiv: true });
  // Endepunktet varierer mellom test og produksjon og ligger i innstillingstabellen.
  const endepunkt = await hentInnstilling('a-melding.endepunkt');

  const inntektsmottakere = ansatte.map((ansatt) => ({
    fnr: ansatt.fnr,
    navn: ansatt.navn,
    stillingsprosent: ansatt.stillingsprosent,
  }));

  // @disclose recipient=skatteetaten
  const svar = await fetch(endepunkt, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ periode, inntektsmottakere }),
  });
  if (!svar.ok) throw new Error(`a-meldingen ble avvist: ${svar.status}`);
  return (await svar.json()) as Innsendingskvittering;
}

export async function sendRegnskapsgrunnlag(periode: string): Promise<void> {
  const ansatte: Ansatt[] = await hentAnsatte({ aktiv: true });
  const linjer = ansatte.map((ansatt) => ({ ansattId: ansatt.ansattId, navn: ansatt.navn, stillingsprosent: ansatt.stillingsprosent }));

  // @disclose recipient=regnskapsbyraa
  await fetch('https://api.tallverk.example.no/v1/lonnsgrunnlag', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ periode, linjer }),
  });
}
