const STORAGE_KEY = 'acme.session.v2';

/**
 * The signed-in user as cached by the login page.
 * @returns {{ userId: string, email: string, plan: string } | null}
 */
export function getCurrentUser() {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw);
    if (!parsed.userId || !parsed.email) return null;
    return { userId: parsed.userId, email: parsed.email, plan: parsed.plan ?? 'free' };
  } catch {
    return null;
  }
}

export function clearSession() {
  window.localStorage.removeItem(STORAGE_KEY);
}

export function currentPlan() {
  return getCurrentUser()?.plan ?? 'anonymous';
}
