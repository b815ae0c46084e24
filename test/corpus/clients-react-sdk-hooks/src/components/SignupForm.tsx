import { useState, type FormEvent } from 'react';
import { usePostHog } from 'posthog-js/react';
import { useAnalytics, type CurrentUser } from '../lib/analytics';

export function SignupForm({ onDone }: { onDone: (user: CurrentUser) => void }) {
  const posthog = usePostHog();
  const analytics = useAnalytics();
  const [email, setEmail] = useState('');
  const [fullName, setFullName] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    posthog.capture('signup_submitted', { source: 'landing' });
    const res = await fetch('/api/signup', { method: 'POST', body: JSON.stringify({ email, fullName }) });
    const user = (await res.json()) as CurrentUser;
    posthog.identify(user.id, { email: user.email, name: user.fullName });
    await analytics?.identify(user.id, { email: user.email, plan: user.plan });
    onDone(user);
  }

  return (
    <form onSubmit={submit}>
      <input value={fullName} onChange={(e) => setFullName(e.target.value)} placeholder="Fullt navn" />
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" placeholder="E-post" />
      <button type="submit">Opprett konto</button>
    </form>
  );
}
