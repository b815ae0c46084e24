import { getCurrentUser } from './session.mjs';

const EVENTS_ENDPOINT = 'https://events.usermetrics.io/v1/batch';
const queue = [];
let flushTimer = null;

/** Records a product event; the signed-in user is attached here so callers never have to. */
export async function track(event, props = {}) {
  const user = getCurrentUser();
  const payload = {
    event,
    props,
    at: new Date().toISOString(),
    user: user ? { id: user.userId, email: user.email } : null,
  };
  try {
    await fetch(EVENTS_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Write-Key': 'wk_live_3f9a' },
      body: JSON.stringify(payload),
      keepalive: true,
    });
  } catch {
    queue.push(event);
    flushTimer ??= setTimeout(() => {
      flushTimer = null;
      queue.splice(0).forEach((e) => console.debug('dropped event', e));
    }, 5000);
  }
}
