const COLLECTOR = 'https://collect.simpleanalytics.example/events';

type Props = Record<string, string | number | boolean>;

/** Fire-and-forget page events; survives page unloads because it uses sendBeacon. */
export function trackEvent(name: string, props: Props = {}): void {
  const payload = JSON.stringify({
    name,
    props,
    path: location.pathname,
    referrer: document.referrer ? new URL(document.referrer).hostname : null,
    ts: Date.now(),
  });
  if (!navigator.sendBeacon(COLLECTOR, payload)) {
    void fetch(COLLECTOR, { method: 'POST', body: payload, keepalive: true }).catch(() => undefined);
  }
}

export function showError(form: HTMLFormElement, message: string): void {
  const slot = form.querySelector<HTMLElement>('[data-error]');
  if (slot) {
    slot.textContent = message;
    slot.hidden = false;
  }
}
