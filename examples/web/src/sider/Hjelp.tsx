import { useState, type FormEvent } from 'react';
import type { Bruker } from '../../../shared/types';
import { api } from '../api';
import { sporHendelse } from '../analytics';

export function Hjelp({ bruker }: { bruker: Bruker }) {
  const [tittel, setTittel] = useState('');
  const [tekst, setTekst] = useState('');
  const [lenke, setLenke] = useState<string | null>(null);
  const [nyttNavn, setNyttNavn] = useState(bruker.navn);

  async function send(e: FormEvent) {
    e.preventDefault();
    const innlegg = await api.stillSporsmal({ tittel, tekst });
    setLenke(innlegg.url);
    sporHendelse('Spørsmål sendt til Community', { antallTegn: tekst.length });
  }

  async function lagreVisningsnavn() {
    await api.oppdaterProfil({ navn: nyttNavn, epost: bruker.epost });
  }

  return (
    <section>
      <h2>Spør Visma Community</h2>
      <p>
        Spørsmålet publiseres åpent i forumet under navnet <strong>{bruker.navn}</strong>. Du kan endre
        navnet som vises før du sender.
      </p>
      <label>
        Visningsnavn
        <input value={nyttNavn} onChange={(e) => setNyttNavn(e.target.value)} onBlur={lagreVisningsnavn} />
      </label>
      <form onSubmit={send}>
        <input value={tittel} onChange={(e) => setTittel(e.target.value)} placeholder="Tittel" required />
        <textarea value={tekst} onChange={(e) => setTekst(e.target.value)} placeholder="Hva lurer du på?" required />
        <button type="submit">Publiser</button>
      </form>
      {lenke && <a href={lenke}>Se spørsmålet ditt i Community</a>}
    </section>
  );
}
