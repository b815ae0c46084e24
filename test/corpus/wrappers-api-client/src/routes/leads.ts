import express from 'express';
import { PipedriveClient } from '../clients/pipedrive-client';
import { TransactionalMailer, renderWelcome } from '../clients/mailgun-client';
import { LeadStore } from '../clients/internal-api';

const pipedrive = new PipedriveClient(process.env.PIPEDRIVE_TOKEN ?? '');
const mailer = new TransactionalMailer();
const store = new LeadStore();

export const leadsRouter = express.Router();

interface LeadForm {
  fullName: string;
  email: string;
  phone?: string;
  source: 'website' | 'webinar' | 'partner';
}

leadsRouter.post('/leads', express.json(), async (req, res) => {
  const lead = req.body as LeadForm;
  try {
    const leadId = await store.save(lead);

    const personId = await pipedrive.createPerson({ name: lead.fullName, email: lead.email, phone: lead.phone });
    if (lead.phone) {
      await pipedrive.addNote(personId, `Ring ${lead.fullName} på ${lead.phone} innen 24 timer`);
    }
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await pipedrive.createActivity(`Følg opp ${lead.source}-lead`, tomorrow);

    await mailer.send(lead.email, 'Takk for interessen!', renderWelcome(lead.source));
    await store.markContacted(leadId);

    res.status(201).json({ leadId });
  } catch (err) {
    console.error('lead intake failed', err);
    res.status(502).json({ error: 'upstream_failed' });
  }
});

leadsRouter.get('/leads/health', async (_req, res) => {
  const [pipelines, mailOk] = await Promise.all([pipedrive.listPipelines(), mailer.domainIsVerified()]);
  res.json({ pipelines: pipelines.length, mailOk });
});
