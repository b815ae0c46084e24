const KUNDE_API = 'https://kunder.intern.fakturaservice.no/api';

export interface Kunde {
  kundenummer: string;
  navn: string;
  fodselsnummer: string;
  epost: string;
  adresse: { gate: string; postnummer: string; poststed: string };
  segment: 'privat' | 'smb';
}

export interface Faktura {
  fakturanummer: string;
  kundenummer: string;
  belop: number;
  forfall: string;
  purringer: number;
}

export function hentKunde(kundenummer: string): Promise<Kunde> {
  return fetch(`${KUNDE_API}/kunder/${kundenummer}`)
    .then((res) => {
      if (!res.ok) throw new Error(`kunde-api svarte ${res.status}`);
      return res.json();
    })
    .then((body) => body as Kunde);
}

export function hentForfalteFakturaer(dagerOver: number): Promise<Faktura[]> {
  return fetch(`${KUNDE_API}/fakturaer?forfaltDager=${dagerOver}`).then((res) => res.json() as Promise<Faktura[]>);
}

export async function kundeoversikt(kundenummer: string) {
  const kunde = await hentKunde(kundenummer);
  return { kundenummer: kunde.kundenummer, epost: kunde.epost, segment: kunde.segment };
}
