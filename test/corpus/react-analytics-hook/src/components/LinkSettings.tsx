import { useAnalytics } from "../lib/analytics";

interface LinkForm {
  id: string;
  password: string | null;
  expiresAt: string | null;
  allowDownload: boolean;
}

export function useSaveLink() {
  const analytics = useAnalytics();

  return async function save(current: LinkForm, next: LinkForm) {
    const res = await fetch(`/api/links/${current.id}`, { method: "PUT", body: JSON.stringify(next) });
    if (!res.ok) return false;

    // Which settings changed, never their values.
    const changes: Record<string, { from: string; to: string }> = {};
    if (current.password !== next.password) {
      changes.password = { from: current.password ? "set" : "unset", to: next.password ? "set" : "unset" };
    }
    if (current.expiresAt !== next.expiresAt) {
      changes.expiresAt = { from: current.expiresAt ? "set" : "unset", to: next.expiresAt ? "set" : "unset" };
    }
    analytics.capture("Link Updated", { linkId: current.id, changes, allowDownload: next.allowDownload });
    return true;
  };
}
