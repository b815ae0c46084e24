'use client';

import { useState, type FormEvent } from 'react';
import { AnalyticsBrowser } from '@segment/analytics-next';
import * as Sentry from '@sentry/react';

const analytics = AnalyticsBrowser.load({ writeKey: process.env.NEXT_PUBLIC_SEGMENT_WRITE_KEY ?? '' });

type Status = 'idle' | 'sending' | 'done' | 'error';

export function NewsletterSignup({ source }: { source: 'footer' | 'blog' | 'pricing' }) {
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [status, setStatus] = useState<Status>('idle');

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus('sending');
    try {
      const res = await fetch('/api/newsletter', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, firstName, source }),
      });
      if (!res.ok) throw new Error(`signup failed with ${res.status}`);

      analytics.identify({ email, first_name: firstName });
      analytics.track('Newsletter Subscribed', { source });
      setStatus('done');
    } catch (err) {
      Sentry.captureException(err, { extra: { email, source } });
      setStatus('error');
    }
  }

  if (status === 'done') {
    return <p className="newsletter__thanks">Takk! Sjekk innboksen din for å bekrefte.</p>;
  }

  return (
    <form className="newsletter" onSubmit={onSubmit}>
      <input value={firstName} onChange={(e) => setFirstName(e.target.value)} placeholder="Fornavn" autoComplete="given-name" />
      <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} placeholder="E-post" autoComplete="email" />
      <button type="submit" disabled={status === 'sending'}>
        Meld meg på
      </button>
      {status === 'error' && <p role="alert">Noe gikk galt. Prøv igjen.</p>}
    </form>
  );
}
