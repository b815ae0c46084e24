import { hentKunder } from '../services/ansattregister';

// Prosjekt Nordlys: kjøpers rådgivere får tilgang til et datarom for due diligence.
// Opplastings-URL-en (med signatur) settes av økonomiavdelingen i DATAROM_UPLOAD_URL.

export async function eksporterKundelisteTilDatarom(): Promise<number> {
  const kunder = await hentKunder();
  const rader = kunder.map((k) =>
    [k.orgnr, k.firmanavn, k.abonnement, k.kontaktperson.navn, k.kontaktperson.epost, k.kontaktperson.telefon].join(';'),
  );
  const csv = ['orgnr;firmanavn;abonnement;kontaktperson;epost;telefon', ...rader].join('\n');

  const res = await fetch(`${process.env.DATAROM_UPLOAD_URL}/kunder/kundeliste.csv`, {
    method: 'PUT',
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    body: csv,
  });
  if (!res.ok) {
    throw new Error(`Opplasting til datarommet feilet: ${res.status}`);
  }
  return kunder.length;
}

/** Nøkkeltall uten personopplysninger: antall kunder per abonnement. */
export async function lastOppNokkeltall(): Promise<void> {
  const kunder = await hentKunder();
  const perAbonnement = { start: 0, standard: 0, pluss: 0 };
  for (const kunde of kunder) {
    perAbonnement[kunde.abonnement] += 1;
  }

  await fetch(`${process.env.DATAROM_UPLOAD_URL}/kunder/nokkeltall.json`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ antallKunder: kunder.length, perAbonnement, generert: new Date().toISOString() }),
  });
}
