import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface ChangedCustomer {
  customerId: string;
  email: string;
  firstName: string;
  lastName: string;
  fullName: string;
  phone: string | null;
  plan: string;
  isPaying: boolean;
  createdAt: Date;
  convertedAt: Date | null;
  resellerCode: string | null;
}

export async function changedCustomers(since: Date): Promise<ChangedCustomer[]> {
  const { rows } = await pool.query('select * from crm_sync_customers where updated_at > $1 and synced_at is distinct from updated_at', [since]);
  return rows;
}

export async function companySizes(since: Date): Promise<Array<{ hubspotId: string; employees: number; industry: string }>> {
  const { rows } = await pool.query('select hubspot_id as "hubspotId", employees, industry from companies where updated_at > $1 and hubspot_id is not null', [since]);
  return rows;
}

export async function markSynced(customerId: string): Promise<void> {
  await pool.query('update customers set crm_synced_at = now() where id = $1', [customerId]);
}

export async function webinarSignups(webinarId: string): Promise<Array<{ firstName: string; lastName: string; email: string; companyName: string }>> {
  const { rows } = await pool.query('select first_name as "firstName", last_name as "lastName", email, company_name as "companyName" from webinar_signups where webinar_id = $1', [webinarId]);
  return rows;
}

export async function campaignStats(webinarId: string): Promise<{ campaignId: string; invited: number }> {
  const { rows } = await pool.query('select sf_campaign_id as "campaignId", invited from webinars where id = $1', [webinarId]);
  return rows[0];
}
