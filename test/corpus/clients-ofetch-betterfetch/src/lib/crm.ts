import { ofetch } from 'ofetch';

/** The CRM's REST API; the token is added to every request. */
export const crm = ofetch.create({
  baseURL: 'https://api.pipedrive.com/v1',
  headers: { Accept: 'application/json' },
  query: { api_token: process.env.PIPEDRIVE_TOKEN },
  retry: 2,
});

export interface Lead {
  name: string;
  email: string;
  phone?: string;
  source: string;
}

export async function createPerson(lead: Lead): Promise<number> {
  const res = await crm<{ data: { id: number } }>('/persons', {
    method: 'POST',
    body: { name: lead.name, email: [{ value: lead.email, primary: true }], phone: lead.phone ? [{ value: lead.phone }] : [] },
  });
  return res.data.id;
}

export async function pipelineStages(): Promise<Array<{ id: number; name: string }>> {
  const res = await crm<{ data: Array<{ id: number; name: string }> }>('/stages', { query: { pipeline_id: 1 } });
  return res.data;
}
