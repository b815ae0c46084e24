import { useEffect, useState } from 'react';
import Intercom from '@intercom/messenger-js-sdk';
import type { Bruker, Funksjonsflagg } from '../../shared/types';
import { api } from './api';
import { identifiser, sporHendelse } from './analytics';
import { Hjelp } from './sider/Hjelp';

const INTERCOM_APP_ID = 'q7tf2k9x';

type Side = 'timer' | 'hjelp';

export function App() {
  const [bruker, setBruker] = useState<Bruker | null>(null);
  const [flagg, setFlagg] = useState<Funksjonsflagg | null>(null);
  const [side, setSide] = useState<Side>('timer');
  const [aktivTimer, setAktivTimer] = useState<string | null>(null);

  useEffect(() => {
    let avbrutt = false;
    async function lastInn() {
      const meg = await api.hentMeg();
      if (avbrutt) return;
      setBruker(meg);
      identifiser(meg);
      Intercom({ app_id: INTERCOM_APP_ID, user_id: meg.id, name: meg.navn, email: meg.epost });

      const funksjonsflagg = await api.hentFunksjonsflagg();
      setFlagg(funksjonsflagg);
      sporHendelse('App lastet', { nyTimeliste: funksjonsflagg.nyTimeliste });
    }
    lastInn().catch((err) => console.error('Kunne ikke laste brukeren', err));
    return () => {
      avbrutt = true;
    };
  }, []);

  async function startTimer(prosjektId: string) {
    const { timerId } = await api.startTimer(prosjektId);
    setAktivTimer(timerId);
    sporHendelse('Timer startet', { mobilStempling: flagg?.mobilStempling ?? false });
  }

  if (!bruker) {
    return <p>Laster …</p>;
  }

  return (
    <main>
      <header>
        <h1>Timeføring</h1>
        <span>{bruker.navn}</span>
        <nav>
          <button onClick={() => setSide('timer')}>Timer</button>
          <button onClick={() => setSide('hjelp')}>Hjelp</button>
        </nav>
      </header>
      {side === 'timer' ? (
        <section>
          <button disabled={aktivTimer !== null} onClick={() => startTimer('intern-drift')}>
            {aktivTimer ? 'Timer går' : 'Start timer'}
          </button>
        </section>
      ) : (
        <Hjelp bruker={bruker} />
      )}
    </main>
  );
}
