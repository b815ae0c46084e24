import { useEffect, useState } from 'react';

export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  plan: 'free' | 'pro' | 'business';
}

/** The signed-in user from our own API, or null while loading and when signed out. */
export function useCurrentUser(): CurrentUser | null {
  const [user, setUser] = useState<CurrentUser | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch('/api/me', { credentials: 'same-origin' })
      .then((res) => (res.ok ? (res.json() as Promise<CurrentUser>) : null))
      .then((me) => {
        if (!cancelled) setUser(me);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return user;
}
