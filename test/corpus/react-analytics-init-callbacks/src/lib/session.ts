export interface SessionUser {
  id: string;
  email: string;
  name: string;
  plan: "free" | "pro";
}

export async function loadSessionUser(): Promise<SessionUser | null> {
  const res = await fetch("/api/auth/session", { credentials: "include" });
  if (!res.ok) return null;
  const body = (await res.json()) as { user?: SessionUser };
  return body.user ?? null;
}
