import { Router } from 'express';
import { pushLead } from '../lib/crm-client';
import { weeklySummary } from '../integrations/slack';

export const leadsRouter = Router();

leadsRouter.post('/leads', async (req, res) => {
  const { email, company, employees } = req.body as { email: string; company: string; employees?: number };
  if (!email || !company) {
    res.status(400).json({ error: 'email and company are required' });
    return;
  }
  const id = await pushLead({ email, company, employees }, process.env.HUBSPOT_TOKEN ?? '');
  res.status(201).json({ id });
});

leadsRouter.post('/leads/summary', async (_req, res) => {
  await weeklySummary(42, 7);
  res.sendStatus(204);
});
