import express from 'express';
import { NewsletterClient } from '../clients/newsletter';
import { postJson } from '../lib/http';
import { withRequestContext } from '../lib/request-context';

const newsletter = new NewsletterClient(process.env.LETTERBIRD_LIST ?? 'main');
export const newsletterRouter = express.Router();

newsletterRouter.use(withRequestContext);

newsletterRouter.post('/newsletter/subscribe', express.json(), async (req, res) => {
  const { email, firstName } = req.body as { email?: string; firstName?: string };
  if (!email || !email.includes('@')) {
    res.status(400).json({ error: 'invalid_email' });
    return;
  }
  try {
    const { memberId } = await newsletter.subscribe({ email, firstName });
    await postJson('http://localhost:3001/audit', { event: 'newsletter.subscribe', at: Date.now() });
    res.status(202).json({ memberId });
  } catch (err) {
    console.error('subscribe failed', err);
    res.status(502).json({ error: 'provider_unavailable' });
  }
});

newsletterRouter.post('/newsletter/sync-me', async (_req, res) => {
  try {
    await newsletter.syncSignedInUser();
    res.status(204).end();
  } catch (err) {
    console.warn('newsletter sync skipped', err);
    res.status(401).end();
  }
});

newsletterRouter.post('/newsletter/webhooks/campaign-finished', express.json(), async (req, res) => {
  const { campaignId, opens, clicks, unsubscribes } = req.body as Record<string, string | number>;
  await newsletter.reportCampaignStats({
    campaignId: String(campaignId),
    opens: Number(opens),
    clicks: Number(clicks),
    unsubscribes: Number(unsubscribes),
  });
  res.status(204).end();
});

newsletterRouter.get('/newsletter/segments', async (_req, res) => {
  res.json(await newsletter.listSegments());
});
