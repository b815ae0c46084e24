import { FormEvent, useEffect, useState } from 'react';
import ky, { HTTPError } from 'ky';

interface Topic {
  slug: string;
  title: string;
}

const MAILBIRD = 'https://api.mailbird.io/v1';

export default function NewsletterSignup({ variant }: { variant: 'footer' | 'modal' }) {
  const [topics, setTopics] = useState<Topic[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'error'>('idle');

  useEffect(() => {
    ky.get('/api/newsletter/topics')
      .json<Topic[]>()
      .then(setTopics)
      .catch(() => setTopics([]));
    ky.post(`${MAILBIRD}/events`, { json: { event: 'form_view', variant } }).catch(() => undefined);
  }, [variant]);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setState('sending');
    try {
      await ky.post(`${MAILBIRD}/subscribers`, {
        json: { email, firstName, topics: selected, source: variant },
        headers: { 'X-Public-Key': process.env.NEXT_PUBLIC_MAILBIRD_KEY },
      }).json();
      setState('done');
    } catch (err) {
      if (err instanceof HTTPError && err.response.status === 409) {
        setState('done');
        return;
      }
      setState('error');
    }
  }

  const toggle = (slug: string) =>
    setSelected((cur) => (cur.includes(slug) ? cur.filter((s) => s !== slug) : [...cur, slug]));

  if (state === 'done') return <p>Takk! Sjekk innboksen din.</p>;

  return (
    <form onSubmit={onSubmit} aria-busy={state === 'sending'}>
      <input value={firstName} onChange={(e) => setFirstName(e.target.value)} placeholder="First name" />
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      {topics.map((t) => (
        <label key={t.slug}>
          <input type="checkbox" checked={selected.includes(t.slug)} onChange={() => toggle(t.slug)} />
          {t.title}
        </label>
      ))}
      <button disabled={state === 'sending'}>Subscribe</button>
      {state === 'error' && <p role="alert">Something went wrong.</p>}
    </form>
  );
}
