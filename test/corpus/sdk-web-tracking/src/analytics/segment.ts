import { AnalyticsBrowser } from '@segment/analytics-next';

const writeKey = process.env.NEXT_PUBLIC_SEGMENT_WRITE_KEY ?? '';

/** Events we send to Segment; properties are reviewed by the data team before they are added. */
export type TrackedEvent =
  | 'Dashboard Viewed'
  | 'Report Exported'
  | 'Plan Upgraded'
  | 'Widget Added';

const CONSENT_COOKIE = 'lumen_consent';

function hasAnalyticsConsent(): boolean {
  if (typeof document === 'undefined') return false;
  const match = document.cookie.match(new RegExp(`(?:^|; )${CONSENT_COOKIE}=([^;]*)`));
  return match ? decodeURIComponent(match[1]).split(',').includes('analytics') : false;
}

export const analytics = AnalyticsBrowser.load(
  { writeKey },
  { initialPageview: false, disable: () => !hasAnalyticsConsent() },
);

export function pageCategory(pathname: string): string {
  if (pathname.startsWith('/reports')) return 'reports';
  if (pathname.startsWith('/settings')) return 'settings';
  return 'dashboard';
}
