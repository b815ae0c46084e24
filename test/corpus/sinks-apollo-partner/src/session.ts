export interface SessionUser {
  id: string;
  fullName: string;
  email: string;
}

let cached: Promise<SessionUser | null> | undefined;

/** The signed-in shopper, read once per page from our own API (the session cookie goes along). */
export function getSessionUser(): Promise<SessionUser | null> {
  cached ??= fetch('/api/session', { credentials: 'include' })
    .then((res) => (res.ok ? (res.json() as Promise<{ user: SessionUser | null }>) : { user: null }))
    .then((body) => body.user)
    .catch(() => null);
  return cached;
}

export function clearSession(): void {
  cached = undefined;
}
