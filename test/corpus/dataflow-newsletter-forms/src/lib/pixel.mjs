// Conversion pixel of our ad network. Loaded on the marketing site only.
const PIXEL_URL = 'https://px.adnetwork-metrics.com/collect';
const ACCOUNT = 'acme-web-01';

function baseParams(event) {
  return new URLSearchParams({
    acc: ACCOUNT,
    ev: event,
    ts: String(Date.now()),
    v: '2',
  });
}

export async function pageView(pageKey) {
  const params = baseParams('page_view');
  params.set('page', pageKey);
  try {
    await fetch(`${PIXEL_URL}?${params}`, { mode: 'no-cors', keepalive: true });
  } catch (err) {
    // Ad blockers make this fail all the time; never break the page for it.
    console.debug('pixel blocked', err);
  }
}

export async function trackSubscribe(email, listId) {
  const params = baseParams('subscribe');
  params.set('list', listId);
  params.set('em', email.trim().toLowerCase());
  try {
    await fetch(`${PIXEL_URL}?${params.toString()}`, { mode: 'no-cors', keepalive: true });
  } catch (err) {
    console.debug('pixel blocked', err);
  }
}
