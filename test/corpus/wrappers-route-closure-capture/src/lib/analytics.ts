import { PostHog } from "posthog-node";

const client = new PostHog(process.env.POSTHOG_KEY ?? "", { host: "https://eu.i.posthog.com" });

/** Captures an event for a registered user. */
export function track(user: { id: string }, event: string, properties: Record<string, unknown> = {}) {
  client.capture({ distinctId: user.id, event, properties });
}
