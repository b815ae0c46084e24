import { getCurrentUser } from '../session/current-user';

/*
 * The Intercom messenger and the Help Scout Beacon are loaded by <script> snippets in
 * index.html; this module only talks to the globals they define.
 */
type WidgetCommand = (command: string, ...args: unknown[]) => void;

declare global {
  interface Window {
    Intercom: WidgetCommand;
    Beacon: WidgetCommand;
  }
}

const INTERCOM_APP_ID = 'qz7h3k2m';

export async function initSupportWidgets(): Promise<void> {
  const user = await getCurrentUser();

  if (!user) {
    window.Intercom('boot', { app_id: INTERCOM_APP_ID, hide_default_launcher: false });
    window.Beacon('init', 'b7f3c2a1-5e0d-4f7b-9a61-0c2e8d4b1f93');
    return;
  }

  window.Intercom('boot', {
    app_id: INTERCOM_APP_ID,
    user_id: user.id,
    email: user.email,
    name: user.fullName,
    user_hash: user.intercomHash,
    company: { company_id: user.tenantId, plan: user.plan },
  });

  window.Beacon('init', 'b7f3c2a1-5e0d-4f7b-9a61-0c2e8d4b1f93');
  window.Beacon('identify', {
    name: user.fullName,
    email: user.email,
    jobTitle: user.jobTitle,
  });
}

export function openChatAbout(topic: 'billing' | 'payroll' | 'integrations'): void {
  window.Intercom('showNewMessage', `I have a question about ${topic}`);
}
