import { Client } from '@hubspot/api-client';

const accessToken = process.env.HUBSPOT_PRIVATE_APP_TOKEN;
if (!accessToken) throw new Error('HUBSPOT_PRIVATE_APP_TOKEN is not set');

/** Marketing's HubSpot portal. Shared by the nightly contact sync and the lifecycle jobs. */
export const hubspot = new Client({ accessToken, numberOfApiCallRetries: 3 });

export const LIFECYCLE = {
  lead: 'lead',
  customer: 'customer',
  evangelist: 'evangelist',
} as const;

export type LifecycleStage = (typeof LIFECYCLE)[keyof typeof LIFECYCLE];

export function hubspotDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export const HUBSPOT_BATCH_LIMIT = 100;
