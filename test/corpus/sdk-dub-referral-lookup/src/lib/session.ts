export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

export interface Session {
  user: SessionUser;
  expires: string;
}

/** Reads the signed session cookie set at sign-in; null when it is missing or expired. */
export async function getSession(request: Request): Promise<Session | null> {
  const cookie = request.headers.get('cookie') ?? '';
  const token = /(?:^|;\s*)session=([^;]+)/.exec(cookie)?.[1];
  if (!token) return null;
  const payload = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Session;
  return Date.parse(payload.expires) > Date.now() ? payload : null;
}
