import { Fravaerssak, Saksbehandler, HANDBOKTEMA } from './typer';
import { hentSak } from './sakslager';

const FORUM = 'https://community.visma.com/api/v1';

async function postInnlegg(tittel: string, tekst: string, etiketter: string[]): Promise<string> {
  const res = await fetch(`${FORUM}/posts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.COMMUNITY_TOKEN ?? ''}` },
    body: JSON.stringify({ board: 'lonn-og-personal', title: tittel, body: tekst, labels: etiketter }),
  });
  if (!res.ok) throw new Error(`Forumet svarte ${res.status}`);
  return ((await res.json()) as { url: string }).url;
}

/** «Spør i Community»-knappen i saksbildet fyller ut et innlegg fra saken. */
export async function sporOmSak(saksnummer: string, saksbehandler: Saksbehandler): Promise<string> {
  const sak: Fravaerssak = await hentSak(saksnummer);
  return postInnlegg(
    `Gradert sykemelding ${sak.sykemelding.grad} %: hvordan registrere?`,
    `Vi har en ansatt (${sak.fulltNavn}) med diagnose ${sak.diagnose}. Hvordan fører vi graderingen i lønn?`,
    ['sykefravær'],
  );
}

export async function sporGenerelt(saksbehandler: Saksbehandler, tema: (typeof HANDBOKTEMA)[number]): Promise<string> {
  return postInnlegg(
    `Spørsmål om ${tema}`,
    `Spurt av ${saksbehandler.brukernavn}: finnes det en mal for ${tema} i personalhåndboken?`,
    [tema],
  );
}

export async function sporOmVersjon(versjon: string): Promise<string> {
  return postInnlegg(`Endringer i fraværsmodulen ${versjon}`, 'Hvor finner jeg endringsloggen?', ['fravær', versjon]);
}
