import { request } from '../lib/helpdesk-api';

interface CustomerRow {
  customerId: string;
  fullName: string;
  email: string;
  plan: 'basic' | 'pro';
}

interface JobStatus {
  id: string;
  status: 'queued' | 'working' | 'completed' | 'failed';
}

/** Nightly job: mirrors our customers as helpdesk end users, 100 per bulk request. */
export async function syncCustomers(customers: CustomerRow[]): Promise<string[]> {
  const jobIds: string[] = [];
  for (let i = 0; i < customers.length; i += 100) {
    const slice = customers.slice(i, i + 100);
    const { job_status } = await request<{ job_status: JobStatus }>('POST', '/users/create_or_update_many', {
      users: slice.map((c) => ({
        external_id: c.customerId,
        name: c.fullName,
        email: c.email,
        user_fields: { plan: c.plan },
      })),
    });
    jobIds.push(job_status.id);
  }

  const { count } = await request<{ count: { value: number } }>('GET', '/users/count');
  console.info(`helpdesk now has ${count.value} end users (${jobIds.length} bulk jobs queued)`);
  return jobIds;
}
