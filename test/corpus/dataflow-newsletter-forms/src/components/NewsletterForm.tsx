import { useEffect, useState, type FormEvent } from 'react';
import { pageView, trackSubscribe } from '../lib/pixel.mjs';

const FORMSPREE_ENDPOINT = 'https://formspree.io/f/xqkrwzpl';
const CONVERTKIT_SUBSCRIBE = 'https://api.convertkit.com/v3/forms/4812736/subscribe';
const INTEREST_STATS = 'https://stats.newsletter-tools.io/v1/interest';

type Status = 'idle' | 'sending' | 'done' | 'error';

const TOPICS = ['product', 'engineering', 'events'] as const;

export function NewsletterForm({ listId }: { listId: string }) {
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [topics, setTopics] = useState<string[]>(['product']);
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    void pageView('newsletter-form');
  }, []);

  function toggleTopic(topic: string) {
    setTopics((current) => (current.includes(topic) ? current.filter((t) => t !== topic) : [...current, topic]));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('sending');
    try {
      const data = new FormData();
      data.append('email', email);
      data.append('first_name', firstName);
      data.append('list', listId);
      const res = await fetch(FORMSPREE_ENDPOINT, { method: 'POST', body: data, headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`formspree answered ${res.status}`);

      const params = new URLSearchParams({ api_key: process.env.NEXT_PUBLIC_CONVERTKIT_KEY ?? '', email });
      await fetch(`${CONVERTKIT_SUBSCRIBE}?${params.toString()}`, { method: 'POST' });

      // Topic interest is counted without saying who is interested.
      const interest = new URLSearchParams();
      topics.forEach((t) => interest.append('topic', t));
      interest.set('list', listId);
      await fetch(`${INTEREST_STATS}?${interest}`, { method: 'GET', keepalive: true });

      await trackSubscribe(email, listId);
      setStatus('done');
    } catch (err) {
      console.error('newsletter signup failed', err);
      setStatus('error');
    }
  }

  if (status === 'done') {
    return <p className="newsletter__thanks">Thanks! Check your inbox to confirm.</p>;
  }

  return (
    <form className="newsletter" onSubmit={onSubmit}>
      <input type="text" placeholder="First name" value={firstName} onChange={(e) => setFirstName(e.target.value)} />
      <input type="email" required placeholder="you@example.com" value={email} onChange={(e) => setEmail(e.target.value)} />
      <fieldset>
        {TOPICS.map((topic) => (
          <label key={topic}>
            <input type="checkbox" checked={topics.includes(topic)} onChange={() => toggleTopic(topic)} />
            {topic}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={status === 'sending'}>
        Subscribe
      </button>
      {status === 'error' && <p role="alert">Something went wrong, please try again.</p>}
    </form>
  );
}
