import axios from 'redaxios';
import ky from 'ky';

/** Address lookup service; small bundle, so redaxios instead of axios. */
export const addressApi = axios.create({ baseURL: 'https://ws.geonorge.no/adresser/v1' });

const base = ky.create({ prefixUrl: 'https://api.hubapi.com', timeout: 8000 });

/** HubSpot's CRM objects, authorised. */
export const hubspot = base.extend({ headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}` } });
