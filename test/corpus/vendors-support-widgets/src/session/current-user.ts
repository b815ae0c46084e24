export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  jobTitle?: string;
  tenantId: string;
  plan: 'starter' | 'business' | 'enterprise';
  intercomHash: string;
}

let cached: Promise<CurrentUser | null> | undefined;

/** The signed-in user, from the app's own session endpoint (same origin, cookie auth). */
export function getCurrentUser(): Promise<CurrentUser | null> {
  cached ??= fetch('/api/session/me', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then(async (res) => {
      if (res.status === 401) return null;
      if (!res.ok) throw new Error(`session lookup failed: ${res.status}`);
      return (await res.json()) as CurrentUser;
    })
    .catch((err) => {
      console.warn('could not load the current user', err);
      cached = undefined;
      return null;
    });
  return cached;
}
