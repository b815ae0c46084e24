import { request, gql, GraphQLClient } from 'graphql-request';
import { changedContacts, ContactRow } from './contact-store';

const CRM_ENDPOINT = 'https://api.crmhub.example/graphql';

const UPSERT_CONTACT = gql`
  mutation Upsert($input: ContactInput!) { upsertContact(input: $input) { id } }
`;

const ORG_LOOKUP = gql`
  query Org($orgNumber: String!) { organisation(orgNumber: $orgNumber) { id name employees } }
`;

const UPDATE_SYNC_STATUS = gql`
  mutation Status($customerId: ID!, $status: SyncStatus!) { setSyncStatus(customerId: $customerId, status: $status) }
`;

const erp = new GraphQLClient('https://erp.internal.tallyhub.example/graphql', {
  headers: { 'x-service': 'crm-sync' },
});

export async function syncContacts(since: Date): Promise<void> {
  const rows: ContactRow[] = await changedContacts(since);

  for (const row of rows) {
    const org = await request(CRM_ENDPOINT, ORG_LOOKUP, { orgNumber: row.orgNumber });

    try {
      await request(CRM_ENDPOINT, UPSERT_CONTACT, {
        input: { organisationId: org.organisation.id, email: row.email, mobileNumber: row.mobileNumber },
      });
      await erp.request(UPDATE_SYNC_STATUS, { customerId: row.customerId, status: 'SYNCED' });
    } catch (err) {
      await erp.request(UPDATE_SYNC_STATUS, { customerId: row.customerId, status: 'FAILED' });
      console.error(`contact sync failed for org ${row.orgNumber}`, err);
    }
  }
}
