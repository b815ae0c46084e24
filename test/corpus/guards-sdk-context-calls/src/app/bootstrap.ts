import * as Sentry from '@sentry/browser';
import { fetchSession } from '../lib/session';
import { analytics, forgetUser, registerBuild, reportSyncFailure, trackExport, trackPage } from './telemetry';

Sentry.init({ dsn: import.meta.env.VITE_SENTRY_DSN, sendDefaultPii: false, tracesSampleRate: 0.05 });

export async function bootstrap(): Promise<void> {
  registerBuild();

  let user;
  try {
    user = await fetchSession();
  } catch (err) {
    Sentry.captureException(err);
    return;
  }
  if (!user) {
    forgetUser();
    return;
  }

  // Who the user is, told once per vendor; everything later rides on this context.
  Sentry.setUser({ id: user.userId });
  analytics.identify(user.userId, { plan: user.plan, workspaceSeats: user.workspace.seats });
  trackPage(location.pathname);

  const workspace = user.workspace;
  window.addEventListener('unhandledrejection', (event) => {
    reportSyncFailure(event.reason, workspace);
  });

  document.querySelector<HTMLButtonElement>('#export-csv')?.addEventListener('click', () => {
    trackExport('csv', Number(document.body.dataset.rows ?? 0));
  });

  document.querySelector('#support-button')?.addEventListener('click', () => {
    Sentry.captureMessage(`support opened by ${user.email}`, 'info');
  });
}
