import { cookies } from 'next/headers';
import { jwtVerify } from 'jose';

export interface Session {
  user: { id: string; name: string; email: string };
  expires: string;
}

const secret = new TextEncoder().encode(process.env.SESSION_SECRET ?? '');

/** Decodes the signed session cookie; null when nobody is signed in or it has expired. */
export async function auth(): Promise<Session | null> {
  const token = (await cookies()).get('acme_session')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: 'acme-web' });
    return {
      user: { id: String(payload.sub), name: String(payload.name ?? ''), email: String(payload.email ?? '') },
      expires: new Date((payload.exp ?? 0) * 1000).toISOString(),
    };
  } catch {
    return null;
  }
}
