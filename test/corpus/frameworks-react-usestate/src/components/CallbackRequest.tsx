'use client';

import { useState } from 'react';

const CALLBACK_API = 'https://api.callpage-widget.example/v1/callbacks';
const DEV_MOCK = 'http://localhost:8787/dev/callbacks';

type Slot = 'morning' | 'afternoon' | 'evening';

export function CallbackRequest({ productSlug }: { productSlug: string }) {
  const [phone, setPhone] = useState('');
  const [preferredTime, setPreferredTime] = useState<Slot>('morning');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function requestCallback() {
    setError(null);
    if (!/^\+?\d{8,12}$/.test(phone.replace(/\s/g, ''))) {
      setError('Skriv inn et gyldig telefonnummer');
      return;
    }

    const body = JSON.stringify({ phone, preferredTime, product: productSlug });
    try {
      if (process.env.NODE_ENV === 'development') {
        await fetch(DEV_MOCK, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      } else {
        await fetch(CALLBACK_API, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Widget-Key': process.env.NEXT_PUBLIC_CALLPAGE_KEY ?? '' },
          body,
        });
      }
      setSent(true);
    } catch {
      setError('Vi fikk ikke registrert forespørselen. Ring oss på 22 00 00 00.');
    }
  }

  if (sent) return <p>Vi ringer deg {preferredTime === 'morning' ? 'i formiddag' : 'senere i dag'}.</p>;

  return (
    <div className="callback">
      <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} placeholder="Telefonnummer" />
      <select value={preferredTime} onChange={(e) => setPreferredTime(e.target.value as Slot)}>
        <option value="morning">Formiddag</option>
        <option value="afternoon">Ettermiddag</option>
        <option value="evening">Kveld</option>
      </select>
      <button onClick={() => void requestCallback()}>Ring meg</button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
