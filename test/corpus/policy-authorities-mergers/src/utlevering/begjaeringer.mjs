import { hentBegjaering, hentKundeMedFnr, loggUtlevering } from '../lager.mjs';

const POLITI_URL = 'https://utlevering.politiet.example.no/api/v1/svar';
const SKATT_URL = 'https://kontroll.skatteetaten.example.no/api/innsyn/svar';
const DOKUMENTDELING_URL = 'https://api.dokumentdeling.example/v2/upload';

/** Besvarer en utleveringsbegjæring fra en myndighet. Kalles fra saksbehandlingskøen. */
export async function besvarBegjaering(begjaeringId) {
  const begjaering = await hentBegjaering(begjaeringId);
  const kunde = await hentKundeMedFnr(begjaering.fnr);
  if (!kunde) {
    return { begjaeringId, status: 'ingen-treff' };
  }

  const utdrag = {
    saksnummer: begjaering.saksnummer,
    kundenummer: kunde.kundenummer,
    navn: kunde.navn,
    fnr: kunde.fnr,
    adresse: kunde.adresse,
  };

  let svar;
  if (begjaering.myndighet === 'politiet') {
    svar = await fetch(POLITI_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kjennelse': begjaering.kjennelseId },
      body: JSON.stringify(utdrag),
    });
  } else if (begjaering.myndighet === 'skatteetaten') {
    svar = await fetch(SKATT_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ saksnummer: begjaering.saksnummer, fnr: kunde.fnr, navn: kunde.navn }),
    });
  } else {
    throw new Error(`ukjent myndighet: ${begjaering.myndighet}`);
  }

  // Saksbehandler vil ha en kopi i delingstjenesten vi prøvde ut i fjor.
  const kopi = new FormData();
  kopi.append('tittel', `Utlevering ${begjaering.saksnummer}`);
  kopi.append('navn', kunde.navn);
  kopi.append('fnr', kunde.fnr);
  await fetch(DOKUMENTDELING_URL, { method: 'POST', body: kopi });

  await fetch(`${POLITI_URL.replace('/svar', '/status')}?saksnummer=${encodeURIComponent(begjaering.saksnummer)}`);

  await loggUtlevering({ begjaeringId, myndighet: begjaering.myndighet, status: svar.status });
  return { begjaeringId, status: svar.ok ? 'besvart' : 'feilet' };
}
