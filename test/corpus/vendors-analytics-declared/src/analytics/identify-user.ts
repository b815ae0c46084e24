import { useEffect } from 'react';
import { Identify } from '@amplitude/analytics-browser';
import { mixpanel, amplitude, posthog, flags } from './setup';
import { useCurrentUser } from '../session/use-current-user';

declare global {
  interface Window {
    analytics: { identify(userId: string, traits?: Record<string, unknown>): void; track(event: string, props?: Record<string, unknown>): void };
  }
}

/** Tells every analytics tool who the signed-in user is. Mounted once in <App>. */
export function useIdentifyUser(): void {
  const user = useCurrentUser();

  useEffect(() => {
    if (!user) return;

    mixpanel.identify(user.id);
    mixpanel.people.set({ $email: user.email, $name: user.fullName, plan: user.plan });

    amplitude.setUserId(user.id);
    const traits = new Identify().set('email', user.email).set('plan', user.plan);
    amplitude.identify(traits);

    posthog.identify(user.id, { email: user.email, plan: user.plan });

    void flags.identify({ kind: 'user', key: user.id, email: user.email, name: user.fullName, plan: user.plan });

    // Segment's analytics.js snippet is still on the marketing pages the app embeds.
    window.analytics.identify(user.id, { email: user.email });
  }, [user]);
}
