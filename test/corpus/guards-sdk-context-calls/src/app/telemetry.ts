import * as Sentry from '@sentry/browser';
import mixpanel from 'mixpanel-browser';
import { AnalyticsBrowser } from '@segment/analytics-next';
import type { SessionUser } from '../lib/session';

export const analytics = AnalyticsBrowser.load({ writeKey: import.meta.env.VITE_SEGMENT_KEY });
mixpanel.init(import.meta.env.VITE_MIXPANEL_TOKEN, { api_host: 'https://api-eu.mixpanel.com', persistence: 'localStorage' });

declare const APP_VERSION: string;

/** Super properties sent with every Mixpanel event: about the build, not the person. */
export function registerBuild(): void {
  mixpanel.register({ app_version: APP_VERSION, platform: navigator.platform, touch: navigator.maxTouchPoints > 0 });
}

/** The functions below only carry the user context set at login, or nothing about the user at all. */
export function trackExport(format: 'csv' | 'xlsx' | 'pdf', rows: number): void {
  analytics.track('Report Exported', { format, rows });
  mixpanel.track('Report Exported', { format, rowsBucket: rows > 10_000 ? 'large' : 'small' });
  Sentry.addBreadcrumb({ category: 'export', message: `export ${format}`, level: 'info' });
}

export function reportSyncFailure(err: unknown, workspace: SessionUser['workspace']): void {
  Sentry.setTag('workspace_plan', workspace.plan);
  Sentry.setContext('workspace', { id: workspace.id, seats: workspace.seats });
  Sentry.captureException(err, { tags: { area: 'sync' } });
}

export function trackPage(path: string): void {
  analytics.page({ path, title: document.title });
}

export function forgetUser(): void {
  Sentry.setUser(null);
  analytics.reset();
  mixpanel.reset();
}
