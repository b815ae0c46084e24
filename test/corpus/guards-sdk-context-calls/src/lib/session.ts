export interface SessionUser {
  userId: string;
  email: string;
  fullName: string;
  plan: 'free' | 'pro' | 'team';
  workspace: { id: string; plan: string; seats: number };
}

let cached: Promise<SessionUser | null> | null = null;

/** The signed-in user from our own backend (relative URL), fetched once per page load. */
export function fetchSession(): Promise<SessionUser | null> {
  cached ??= (async () => {
    const res = await fetch('/api/session', { credentials: 'include', headers: { Accept: 'application/json' } });
    if (res.status === 401) return null;
    if (!res.ok) throw new Error(`session endpoint answered ${res.status}`);
    return (await res.json()) as SessionUser;
  })();
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
