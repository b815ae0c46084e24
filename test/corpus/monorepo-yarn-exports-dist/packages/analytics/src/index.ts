/**
 * Event names shared by the web app and the services, so that dashboards line up.
 */
export const EVENTS = {
  subscriptionStarted: 'Subscription Started',
  subscriptionCancelled: 'Subscription Cancelled',
  invoiceBatchCompleted: 'Invoice Batch Completed',
} as const;

export type EventName = (typeof EVENTS)[keyof typeof EVENTS];

export interface EventContext {
  source: 'web' | 'billing-api' | 'worker';
  release?: string;
}

export function defaultContext(source: EventContext['source']): EventContext {
  return { source, release: process.env.RELEASE_SHA };
}

export function isKnownEvent(name: string): name is EventName {
  return Object.values(EVENTS).includes(name as EventName);
}
