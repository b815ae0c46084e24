import { PostHog } from 'posthog-node';

const posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.i.posthog.com', flushAt: 20 });

export type ProductEvent =
  | 'invoice.created'
  | 'invoice.sent'
  | 'report.exported'
  | 'settings.saved'
  | 'seat.invited';

export interface TrackContext {
  userEmail?: string;
  userId?: string;
  workspaceId?: string;
}

/**
 * Product analytics. Most call sites only name the event; the ones that know who did it pass
 * the user along, so that funnels can be split per account.
 */
export async function track(event: ProductEvent, context?: TrackContext): Promise<void> {
  const { userEmail, userId, workspaceId } = context ?? {};
  await posthog.capture({
    distinctId: userId ?? 'anonymous',
    event,
    properties: { email: userEmail, workspace: workspaceId, source: 'server' },
  });
}

export async function trackMany(events: ProductEvent[], context: TrackContext = {}): Promise<void> {
  for (const event of events) await track(event, context);
}

export async function shutdownAnalytics(): Promise<void> {
  await posthog.shutdown();
}
