import axios from 'axios';

export interface StoredLead {
  email: string;
  fullName: string;
  phone?: string;
  source: string;
}

/** Our own lead store; the base URL comes from the deployment. */
export class LeadStore {
  private readonly http = axios.create({ baseURL: process.env.API_BASE_URL, timeout: 5_000 });

  async save(lead: StoredLead): Promise<string> {
    const { data } = await this.http.post<{ id: string }>('/v2/leads', lead);
    return data.id;
  }

  async markContacted(leadId: string): Promise<void> {
    await this.http.patch(`/v2/leads/${leadId}`, { status: 'contacted', at: new Date().toISOString() });
  }
}
