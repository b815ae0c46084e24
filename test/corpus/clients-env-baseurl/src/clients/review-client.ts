import got from 'got';

export interface ReviewInvite {
  email: string;
  firstName: string;
  visitDate: string;
}

/** Invites patients to review the clinic after a visit. */
export class ReviewClient {
  constructor(private readonly baseUrl = process.env.REVIEW_SERVICE_URL!) {}

  async invite(invite: ReviewInvite): Promise<void> {
    await got.post(`${this.baseUrl}/invitations`, {
      json: { ...invite, template: 'tannklinikk-nb', delayHours: 2 },
      headers: { 'x-clinic': 'smilet-oslo' },
    });
  }

  async optOut(email: string): Promise<void> {
    await got.post(`${this.baseUrl}/suppressions`, { json: { email, reason: 'patient-request' } });
  }

  async campaignStats(month: string): Promise<{ sent: number; answered: number }> {
    return got(`${this.baseUrl}/stats`, { searchParams: { month } }).json();
  }
}
