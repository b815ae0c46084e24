import { cookies } from 'next/headers';

interface SessionResponse {
  userId: string;
  expiresAt: string;
}

/** Asks the auth service who owns the session cookie; null when nobody is signed in. */
export async function getSessionUserId(): Promise<string | null> {
  const token = (await cookies()).get('sid')?.value;
  if (!token) return null;

  const res = await fetch(`${process.env.AUTH_INTERNAL_URL}/v1/sessions/introspect`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
    cache: 'no-store',
  });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error(`auth service answered ${res.status}`);

  const session = (await res.json()) as SessionResponse;
  if (Date.parse(session.expiresAt) < Date.now()) return null;
  return session.userId;
}
