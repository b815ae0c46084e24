export interface WelcomeModel {
  firstName: string;
  plan: 'free' | 'pro' | 'team';
}

const PLAN_LABELS: Record<WelcomeModel['plan'], string> = {
  free: 'Free',
  pro: 'Pro',
  team: 'Team',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The welcome mail; kept as a plain template so marketing can edit the copy in one place. */
export function renderWelcome(model: WelcomeModel): string {
  return `<!doctype html>
<html><body style="font-family: system-ui, sans-serif">
  <h1>Welcome, ${escapeHtml(model.firstName)}!</h1>
  <p>Your ${PLAN_LABELS[model.plan]} workspace is ready. Invite your accountant from Settings → Team.</p>
  <p>— The Tallyhub team</p>
</body></html>`;
}
