import { mixpanel, amplitude, posthog, flags } from './setup';

/*
 * Product events. Properties are reviewed by the data team before they are added: formats, plans
 * and counts only, never anything that identifies the user (identify-user.ts handles that).
 */

export type ExportFormat = 'pdf' | 'csv' | 'saft';

export function trackReportExported(format: ExportFormat, rows: number): void {
  mixpanel.track('Report Exported', { format, rows });
  amplitude.track('Report Exported', { format, rows });
  posthog.capture('report_exported', { format, rows });
}

export function trackCheckoutStarted(plan: 'basic' | 'pro', seats: number): void {
  flags.track('checkout-started', { plan, seats });
  window.analytics.track('Checkout Started', { plan, seats });
}

export function newNavigationEnabled(): boolean {
  return flags.variation('new-navigation', false) as boolean;
}
