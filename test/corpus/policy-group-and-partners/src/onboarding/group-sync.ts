import axios from 'axios';
import { customersCreatedSince } from '../customers/repository';

const PAYROLL_GROUP_API = 'https://api.payroll.visma-group.example/v2';
const SALES_GROUP_CRM = 'https://crm.sales.visma-group.example/api';
const SYNC_STATE = 'https://sync.internal.ledgerly.example/state/group-sync';

export async function syncToGroupCompanies(): Promise<void> {
  const { data: state } = await axios.get<{ lastRun: string }>(SYNC_STATE);
  const customers = await customersCreatedSince(new Date(state.lastRun));

  for (const customer of customers) {
    if (customer.modules.includes('payroll')) {
      await axios.post(`${PAYROLL_GROUP_API}/employers`, {
        customerId: customer.customerId,
        contactName: customer.contactName,
        contactEmail: customer.contactEmail,
      });
    }

    await axios.put(`${SALES_GROUP_CRM}/accounts/${customer.customerId}`, {
      contactName: customer.contactName,
      contactEmail: customer.contactEmail,
      contactPhone: customer.contactPhone,
      segment: customer.segment,
    });
  }

  await axios.post(`${SALES_GROUP_CRM}/imports/summary`, { imported: customers.length, source: 'ledgerly' });
  await axios.put(SYNC_STATE, { lastRun: new Date().toISOString(), count: customers.length });
}

if (require.main === module) {
  syncToGroupCompanies().catch((err) => {
    console.error('group sync failed:', err.message);
    process.exitCode = 1;
  });
}
