import createClient from 'openapi-fetch';
import type { paths } from './partner-schema';

/** The insurance partner's API, typed from its OpenAPI document. */
export const partner = createClient<paths>({
  baseUrl: 'https://api.forsikringspartner.no/v3',
  headers: { 'x-api-key': process.env.PARTNER_API_KEY },
});
