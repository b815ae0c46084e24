import { PostHog } from 'posthog-node';

declare global {
  // Survives hot reloads in development: one client, one flush queue.
  var __posthogClient: PostHog | undefined;
}

export const posthog =
  globalThis.__posthogClient ??
  (globalThis.__posthogClient = new PostHog(process.env.POSTHOG_API_KEY ?? '', {
    host: 'https://eu.i.posthog.com',
    flushAt: 10,
  }));

export async function shutdownAnalytics(): Promise<void> {
  await posthog.shutdown();
}
