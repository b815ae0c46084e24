import axios from 'axios';
import { loadAccount, vismaKundeIdPattern, type ProvisioningContext } from '../services/account';

const ANALYTICS = 'https://api.product-insights.io/v2/track';
const RISK_API = 'https://api.kredittsjekk-saas.no/v1/assessments';
const LICENCE_API = 'https://api.lisensportal-partner.no/v1/licences';
const HELPDESK_VALIDATION = 'https://api.helpdesk-tools.com/v1/field-validation';
const HELPDESK_HANDLES = 'https://api.helpdesk-tools.com/v1/handles';

export async function provisionTenant(tenantId: string, ctx: ProvisioningContext): Promise<void> {
  const account = await loadAccount(tenantId);
  const started = Date.now();

  // Licences go to the partner portal, which is declared with its purpose.
  await axios.post(LICENCE_API, { vismaKundeId: account.vismaKundeId, product: account.product, seats: account.seats });

  await axios.post(ANALYTICS, {
    event: 'tenant_provisioned',
    properties: { tenantId: account.tenantId, product: account.product, seats: account.seats, region: ctx.region },
  });

  await axios.post(ANALYTICS, {
    event: 'provisioning_source',
    properties: { customer: account.vismaKundeId, via: ctx.partnerRef, requestedBy: ctx.requestedBy },
  });

  if (account.product === 'Payroll') {
    await fetch(RISK_API, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.RISK_KEY ?? '' },
      body: JSON.stringify(account),
    });
  }

  // The helpdesk handle identifies the customer's main contact person.
  /** @personal user.unique_id */
  const supportHandle = `${ctx.region}-${account.orgNumber}-${account.tenantId.slice(-4)}`;
  await axios.post(HELPDESK_VALIDATION, { field: 'customer_number', pattern: vismaKundeIdPattern.source });
  await axios.post(HELPDESK_HANDLES, { handle: supportHandle });

  console.info(`tenant ${tenantId} provisioned in ${Date.now() - started} ms`);
}
