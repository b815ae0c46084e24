import mixpanel from 'mixpanel-browser';
import * as amplitude from '@amplitude/analytics-browser';
import posthog from 'posthog-js';
import { initialize, LDClient } from 'launchdarkly-js-client-sdk';

const env = import.meta.env;

mixpanel.init(env.VITE_MIXPANEL_TOKEN, { persistence: 'localStorage', track_pageview: false });
amplitude.init(env.VITE_AMPLITUDE_KEY, { defaultTracking: { sessions: true, pageViews: false } });
posthog.init(env.VITE_POSTHOG_KEY, { api_host: 'https://ph.internal.planbok.example', capture_pageview: false });

/**
 * Feature flags. The client starts with an anonymous context and is re-identified once the
 * session is known (see identify-user.ts).
 */
export const flags: LDClient = initialize(env.VITE_LD_CLIENT_ID, {
  kind: 'user',
  key: 'anonymous',
  anonymous: true,
});

export async function flagsReady(timeoutMs = 2_000): Promise<boolean> {
  try {
    await flags.waitForInitialization(timeoutMs / 1000);
    return true;
  } catch {
    return false;
  }
}

export { mixpanel, amplitude, posthog };
