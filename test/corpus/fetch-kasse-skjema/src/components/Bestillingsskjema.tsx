import React, { FormEvent, useState } from 'react';
import { Betalingssesjon, Kunde, Vare, sumOre, tomKunde } from '../types';

const FRAKT_URL = 'https://api.fraktguiden.no/v1/bookinger';
const NYHETSBREV_URL = 'https://nyhetsbrev.postkassa.no/abonner';

interface Props {
  varer: Vare[];
  kampanjekode?: string;
}

export function Bestillingsskjema({ varer, kampanjekode }: Props) {
  const [kunde, setKunde] = useState<Kunde>(tomKunde());
  const [nyhetsbrev, setNyhetsbrev] = useState(false);
  const [vedlegg, setVedlegg] = useState<File | null>(null);
  const [feil, setFeil] = useState<string | null>(null);

  const oppdater = (felt: keyof Kunde) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setKunde({ ...kunde, [felt]: e.target.value });

  async function sendBestilling(e: FormEvent) {
    e.preventDefault();
    setFeil(null);
    try {
      const ordreSvar = await fetch('/api/bestillinger', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kunde, varer, kampanjekode }),
      });
      if (!ordreSvar.ok) throw new Error(`Bestilling feilet: ${ordreSvar.status}`);
      const { ordreId } = (await ordreSvar.json()) as { ordreId: string };

      const skjema = new FormData();
      skjema.append('ordreId', ordreId);
      skjema.append('mottaker', kunde.navn);
      skjema.append('telefon', kunde.telefon);
      skjema.append('adresse', kunde.adresse);
      if (vedlegg) skjema.append('vedlegg', vedlegg);
      await fetch(FRAKT_URL, { method: 'POST', body: skjema });

      const foresporsel = new Request('https://api.betalingsportal.no/v2/sesjoner', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ordreId, belop: sumOre(varer), valuta: 'NOK', epost: kunde.epost }),
      });
      const betalingSvar = await fetch(foresporsel);
      const sesjon = (await betalingSvar.json()) as Betalingssesjon;

      if (nyhetsbrev) {
        await fetch(NYHETSBREV_URL, {
          method: 'POST',
          body: new URLSearchParams({ epost: kunde.epost, liste: 'kampanjer' }),
        });
      }

      await fetch(`https://api.lagerstatus.no/v1/reservasjoner/${ordreId}`, {
        method: 'PUT',
        body: JSON.stringify({ varer: varer.map((v) => ({ produktId: v.produktId, antall: v.antall })) }),
      });

      window.location.assign(sesjon.redirectUrl);
    } catch (err) {
      console.error(err);
      setFeil('Noe gikk galt. Prøv igjen om litt.');
    }
  }

  return (
    <form onSubmit={sendBestilling} className="bestillingsskjema">
      <input name="navn" value={kunde.navn} onChange={oppdater('navn')} placeholder="Fullt navn" required />
      <input name="epost" type="email" value={kunde.epost} onChange={oppdater('epost')} required />
      <input name="telefon" value={kunde.telefon} onChange={oppdater('telefon')} />
      <input name="adresse" value={kunde.adresse} onChange={oppdater('adresse')} required />
      <input type="file" onChange={(e) => setVedlegg(e.target.files?.[0] ?? null)} />
      <label>
        <input type="checkbox" checked={nyhetsbrev} onChange={(e) => setNyhetsbrev(e.target.checked)} />
        Ja takk, send meg nyhetsbrev
      </label>
      {feil && <p role="alert">{feil}</p>}
      <button type="submit">Til betaling</button>
    </form>
  );
}
