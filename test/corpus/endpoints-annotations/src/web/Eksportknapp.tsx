import { useState } from 'react';

interface Props {
  periode: string;
  ansatt: { ansattId: string; epost: string; navn: string };
}

export function Eksportknapp({ periode, ansatt }: Props) {
  const [status, setStatus] = useState<'klar' | 'sender' | 'ferdig' | 'feil'>('klar');
  const [nyEpost, setNyEpost] = useState(ansatt.epost);

  async function eksporter() {
    setStatus('sender');
    const svar = await fetch('/api/eksport/lonn', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ periode, bestiltAv: ansatt.ansattId }),
    });
    setStatus(svar.ok ? 'ferdig' : 'feil');
  }

  async function lagreEpost() {
    await fetch(`/api/ansatte/${ansatt.ansattId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ epost: nyEpost }),
    });
  }

  return (
    <section>
      <h2>Lønnseksport for {periode}</h2>
      <button onClick={eksporter} disabled={status === 'sender'}>
        {status === 'sender' ? 'Eksporterer …' : 'Eksporter til regnskap'}
      </button>
      <label>
        E-post for kvittering
        <input value={nyEpost} onChange={(e) => setNyEpost(e.target.value)} onBlur={lagreEpost} />
      </label>
      {status === 'feil' && <p role="alert">Eksporten feilet.</p>}
    </section>
  );
}
