import { TrackClient, RegionEU } from 'customerio-node';

const siteId = process.env.CIO_SITE_ID;
const apiKey = process.env.CIO_API_KEY;

if (!siteId || !apiKey) {
  throw new Error('CIO_SITE_ID and CIO_API_KEY must be set');
}

/** Customer.io workspace that runs the onboarding and dunning journeys. */
export const cio = new TrackClient(siteId, apiKey, {
  region: RegionEU,
  timeout: 10_000,
});

export function unixSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

export const JOURNEY_EVENTS = ['trial_converted', 'invoice_overdue', 'seat_added'] as const;
