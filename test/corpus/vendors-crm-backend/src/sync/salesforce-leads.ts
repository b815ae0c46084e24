import jsforce from 'jsforce';
import { webinarSignups, campaignStats } from './customer-store';

const conn = new jsforce.Connection({
  instanceUrl: 'https://tallyhub.my.salesforce.com',
  accessToken: process.env.SF_ACCESS_TOKEN,
  version: '59.0',
});

function assertConfigured(): void {
  if (!conn.accessToken) throw new Error('SF_ACCESS_TOKEN is not set; run `npm run sf:token` first');
}

/** Webinar signups become Salesforce leads for the enterprise sales team. */
export async function pushWebinarLeads(webinarId: string): Promise<number> {
  assertConfigured();
  const signups = await webinarSignups(webinarId);

  const results = await conn.sobject('Lead').create(
    signups.map((s) => ({
      FirstName: s.firstName,
      LastName: s.lastName,
      Email: s.email,
      Company: s.companyName,
      LeadSource: 'Webinar',
    })),
    { allOrNone: false },
  );

  const stats = await campaignStats(webinarId);
  await conn.sobject('Campaign').update({ Id: stats.campaignId, NumberSent: stats.invited });

  return results.filter((r) => r.success).length;
}
