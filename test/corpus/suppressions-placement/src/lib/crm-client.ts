const CRM_BASE = 'https://api.salescloud-crm.com/v2';

export interface CrmContact {
  email: string;
  fullName: string;
  company?: string;
}

export class CrmClient {
  constructor(private readonly token: string) {}

  private headers(): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' };
  }

  async upsertContact(contact: CrmContact): Promise<string> {
    // disclose-ignore-next-line the CRM vendor is covered by our processor agreement
    const res = await fetch(`${CRM_BASE}/contacts`, { method: 'PUT', headers: this.headers(), body: JSON.stringify(contact) });
    if (!res.ok) throw new Error(`crm upsert failed: ${res.status}`);
    const body = (await res.json()) as { id: string };
    return body.id;
  }

  async logCampaign(campaignId: string, sent: number): Promise<void> {
    await fetch(`${CRM_BASE}/campaigns/${campaignId}/stats`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ sent, at: new Date().toISOString() }),
    });
  }
}
