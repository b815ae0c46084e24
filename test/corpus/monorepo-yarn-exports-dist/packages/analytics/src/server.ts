import { Analytics } from '@segment/analytics-node';
import { defaultContext, type EventContext, type EventName } from './index';

const segment = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '', flushAt: 20 });

/**
 * Server-side product analytics. Every service reports through this module so that the
 * event names and context stay consistent.
 */
export function trackServerEvent(userId: string, event: EventName, properties: Record<string, unknown>, context: EventContext = defaultContext('billing-api')) {
  segment.track({
    userId,
    event,
    properties,
    context: { app: { name: context.source, version: context.release } },
  });
}

export async function flushAnalytics(): Promise<void> {
  await segment.closeAndFlush({ timeout: 5000 });
}
