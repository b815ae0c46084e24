export interface Session {
  userId: string;
  email: string;
  plan: 'free' | 'pro' | 'team';
  featureFlags: string[];
}

const STORAGE_KEY = 'lumen.session.v2';

export function getSession(): Session | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (!parsed.userId || !parsed.email) return null;
    return {
      userId: parsed.userId,
      email: parsed.email,
      plan: parsed.plan ?? 'free',
      featureFlags: parsed.featureFlags ?? [],
    };
  } catch {
    return null;
  }
}

export function hasFlag(session: Session | null, flag: string): boolean {
  return session?.featureFlags.includes(flag) ?? false;
}
