import { getSession, hasFlag } from '../session';

const TRACKLY_URL = 'https://collect.trackly.io/v1/e';
const pageStart = performance.now();
let lcp = 0;

new PerformanceObserver((list) => {
  const entries = list.getEntries();
  lcp = entries[entries.length - 1]?.startTime ?? lcp;
}).observe({ type: 'largest-contentful-paint', buffered: true });

function flushPageView(): void {
  const session = getSession();
  const durationMs = Math.round(performance.now() - pageStart);
  const path = location.pathname;

  const anonymous = new Blob([JSON.stringify({ event: 'page_view', path, durationMs })], {
    type: 'application/json',
  });
  navigator.sendBeacon(TRACKLY_URL, anonymous);

  if (!session) return;

  navigator.sendBeacon('/api/metrics/vitals', JSON.stringify({ userId: session.userId, lcp, path }));

  if (hasFlag(session, 'trackly-identified')) {
    navigator.sendBeacon(
      TRACKLY_URL,
      JSON.stringify({ event: 'session_end', userId: session.userId, email: session.email, path, durationMs }),
    );
  }
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushPageView();
});
