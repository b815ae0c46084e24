import posthog from "posthog-js";

type Properties = Record<string, unknown>;

/**
 * One place for product analytics: components call the hook and never touch the SDK, so the
 * vendor can be swapped without hunting down every capture.
 */
export function useAnalytics() {
  const capture = (event: string, properties?: Properties) => {
    posthog.capture(event, properties);
  };

  const identify = (distinctId?: string, properties?: Properties) => {
    if (!distinctId) return;
    posthog.identify(distinctId, properties);
  };

  const reset = () => {
    posthog.reset();
  };

  return { capture, identify: identify, reset };
}

export function createTracker(source: string) {
  function track(event: string, properties?: Properties) {
    posthog.capture(event, { ...properties, source });
  }
  return { track };
}
