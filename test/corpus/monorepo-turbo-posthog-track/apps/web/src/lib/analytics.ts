import { PostHog } from "@acme/analytics/server";

let instance: PostHog | undefined;

/** The process-wide client, made on first use; undefined when analytics is not configured. */
export function posthog() {
  if (!instance && process.env.NEXT_PUBLIC_POSTHOG_KEY) {
    instance = new PostHog(process.env.NEXT_PUBLIC_POSTHOG_KEY, {
      host: "https://eu.i.posthog.com",
      flushAt: 20,
      flushInterval: 10000,
    });
  }
  return instance;
}

/** Captures a product event attributed to the acting user (guests stay personless). */
export function track(
  user: { id: string; isGuest: boolean },
  event: { event: string; properties?: Record<string, unknown> },
) {
  posthog()?.capture({
    ...event,
    distinctId: user.id,
    properties: {
      ...event.properties,
      $process_person_profile: !user.isGuest,
    },
  });
}

const SYSTEM_DISTINCT_ID = "server_system_event";

/** Events about the system itself (cron jobs, clean-ups): never about a person. */
export function trackSystemEvent(event: { event: string; properties?: Record<string, unknown> }) {
  posthog()?.capture({
    ...event,
    distinctId: SYSTEM_DISTINCT_ID,
    properties: { ...event.properties, $process_person_profile: false },
  });
}

/** Whether a rollout flag is on for this user (evaluated by PostHog for the person). */
export async function isFlagEnabledFor(user: { id: string }, flag: string) {
  const enabled = await posthog()?.isFeatureEnabled(flag, user.id);
  return enabled ?? false;
}

export async function flushAnalytics() {
  await posthog()?.flush();
}
