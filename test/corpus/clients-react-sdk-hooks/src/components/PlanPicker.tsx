import { useEffect } from 'react';
import { useMixpanel } from 'react-mixpanel-browser';
import { usePlausible } from 'next-plausible';
import type { CurrentUser } from '../lib/analytics';

export function PlanPicker({ user }: { user: CurrentUser }) {
  const mixpanel = useMixpanel();
  const plausible = usePlausible();

  useEffect(() => {
    if (!mixpanel) return;
    mixpanel.identify(user.id);
    mixpanel.people.set({ $email: user.email, $name: user.fullName, plan: user.plan });
  }, [mixpanel, user]);

  function choose(plan: 'free' | 'pro') {
    plausible('Plan chosen', { props: { plan, from: user.plan } });
    plausible('Upgrade lead', { props: { email: user.email } });
  }

  return (
    <div>
      <button onClick={() => choose('free')}>Gratis</button>
      <button onClick={() => choose('pro')}>Pro</button>
    </div>
  );
}
