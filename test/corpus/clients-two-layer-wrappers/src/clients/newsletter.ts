import { getJson, postJson } from '../lib/http';
import { signedInUser } from '../lib/request-context';

const BASE = 'https://api.letterbird.example/v3';

export interface CampaignStats {
  campaignId: string;
  opens: number;
  clicks: number;
  unsubscribes: number;
}

/** Second layer: the newsletter vendor's API in terms of our domain. */
export class NewsletterClient {
  private readonly headers = { Authorization: `Bearer ${process.env.LETTERBIRD_KEY ?? ''}` };

  constructor(private readonly listId: string) {}

  subscribe(contact: { email: string; firstName?: string }) {
    return postJson<{ memberId: string }>(
      `${BASE}/lists/${this.listId}/members`,
      { ...contact, status: 'pending', source: 'website' },
      { headers: this.headers },
    );
  }

  reportCampaignStats(stats: CampaignStats) {
    return postJson(`${BASE}/reports/campaigns`, stats, { headers: this.headers, idempotencyKey: stats.campaignId });
  }

  /** Keeps the signed-in user's member record in sync; reads the user from the request context. */
  syncSignedInUser() {
    const { email, firstName } = signedInUser();
    return postJson(
      `${BASE}/lists/${this.listId}/members/upsert`,
      { email, firstName, tags: ['logged-in'] },
      { headers: this.headers },
    );
  }

  listSegments() {
    return getJson<Array<{ id: string; name: string }>>(`${BASE}/lists/${this.listId}/segments`);
  }
}
