import * as pipedrive from 'pipedrive';
import { hubspot, LIFECYCLE } from '../integrations/hubspot';
import { cio, unixSeconds } from '../integrations/customerio';
import { changedCustomers, companySizes, markSynced } from './customer-store';

const apiClient = new pipedrive.ApiClient();
apiClient.authentications.api_key.apiKey = process.env.PIPEDRIVE_API_TOKEN ?? '';
const personsApi = new pipedrive.PersonsApi(apiClient);

export async function syncChangedCustomers(since: Date): Promise<void> {
  const customers = await changedCustomers(since);

  for (const c of customers) {
    try {
      await hubspot.crm.contacts.basicApi.create({
        properties: {
          email: c.email,
          firstname: c.firstName,
          lastname: c.lastName,
          phone: c.phone,
          lifecyclestage: c.isPaying ? LIFECYCLE.customer : LIFECYCLE.lead,
        },
        associations: [],
      });

      await cio.identify(c.customerId, { email: c.email, created_at: unixSeconds(c.createdAt), plan: c.plan });
      if (c.convertedAt) {
        await cio.track(c.customerId, { name: 'trial_converted', data: { plan: c.plan } });
      }

      if (c.resellerCode) {
        await personsApi.addPerson({ name: c.fullName, email: c.email, phone: c.phone, visible_to: 3 });
      }

      await markSynced(c.customerId);
    } catch (err) {
      console.error(`CRM sync failed for customer ${c.customerId}`, err);
    }
  }

  for (const company of await companySizes(since)) {
    await hubspot.crm.companies.basicApi.update(company.hubspotId, {
      properties: { numberofemployees: String(company.employees), industry: company.industry },
    });
  }
}
