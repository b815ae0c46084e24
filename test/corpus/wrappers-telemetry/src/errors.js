import { send } from './transport.js';

const RELEASE = '2024.11.3';

function serialize(err) {
  if (err instanceof Error) {
    return { name: err.name, message: err.message, stack: err.stack?.split('\n').slice(0, 20) };
  }
  return { name: 'NonError', message: String(err) };
}

/**
 * Reports an error together with whatever context the caller hands over.
 * @param {unknown} err
 * @param {Record<string, unknown>} extra
 */
export function reportError(err, extra = {}) {
  return send('/errors', {
    error: serialize(err),
    extra,
    release: RELEASE,
    page: window.location.pathname,
  });
}

export function installGlobalHandler() {
  window.addEventListener('unhandledrejection', (e) => {
    void reportError(e.reason, { kind: 'unhandledrejection' });
  });
}
