import { useState, type FormEvent } from 'react';

const COMMUNITY_API = 'https://api.community.visma.com/v2/boards/lonn-og-hr/threads';

interface Sak {
  saksnummer: string;
  feilkode: string;
  modul: 'lønn' | 'reise' | 'regnskap';
  kunde: { navn: string; epost: string; fnr?: string };
}

async function publiser(tittel: string, tekst: string): Promise<void> {
  const res = await fetch(COMMUNITY_API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: tittel, body: tekst, tags: ['support'] }),
  });
  if (!res.ok) throw new Error(`community svarte ${res.status}`);
}

export function SporForumet({ sak }: { sak: Sak }) {
  const [beskrivelse, setBeskrivelse] = useState('');
  const [medKunde, setMedKunde] = useState(false);
  const [status, setStatus] = useState<'klar' | 'sender' | 'sendt' | 'feil'>('klar');

  async function send(event: FormEvent) {
    event.preventDefault();
    setStatus('sender');
    try {
      await publiser(`Feil ${sak.feilkode} i ${sak.modul}`, beskrivelse);

      if (medKunde) {
        await publiser(`Oppfølging av sak ${sak.saksnummer}`, `Gjelder kunden ${sak.kunde.navn}. ${beskrivelse}`);
      }

      if (sak.kunde.fnr) {
        await fetch(`${COMMUNITY_API}/${sak.saksnummer}/replies`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ body: `Lønnsslippen for ${sak.kunde.fnr} (${sak.kunde.epost}) viser feil trekk.` }),
        });
      }
      setStatus('sendt');
    } catch {
      setStatus('feil');
    }
  }

  return (
    <form onSubmit={send}>
      <textarea value={beskrivelse} onChange={(e) => setBeskrivelse(e.target.value)} placeholder="Beskriv feilen uten personopplysninger" />
      <label>
        <input type="checkbox" checked={medKunde} onChange={(e) => setMedKunde(e.target.checked)} /> Ta med kundens navn
      </label>
      <button type="submit" disabled={status === 'sender'}>Spør i Visma Community</button>
      {status === 'feil' && <p role="alert">Innlegget ble ikke publisert.</p>}
    </form>
  );
}
