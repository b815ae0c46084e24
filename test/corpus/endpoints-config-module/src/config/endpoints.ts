/**
 * Every outbound base URL this service talks to. Keep hosts here so reviews can see at a glance
 * where data goes.
 */
export const CRM_BASE_URL = 'https://api.crmly.com/v2';
export const ENRICHMENT_URL = 'https://enrich.peopledata.io';
export const INTERNAL_API = 'https://api.internal.orbitcart.com';
export const ENRICHMENT_STATUS_URL = `${ENRICHMENT_URL}/status`;

export const TIMEOUTS = {
  crm: 10_000,
  enrichment: 4_000,
  internal: 2_000,
} as const;

export type Endpoint = 'crm' | 'enrichment' | 'internal';

export function timeoutFor(endpoint: Endpoint): AbortSignal {
  return AbortSignal.timeout(TIMEOUTS[endpoint]);
}

export const USER_AGENT = `orbitcart-contact-sync/${process.env.npm_package_version ?? 'dev'}`;
