import axios from 'axios';
import { saveLead } from './lead-store.mjs';

const ZAPIER_HOOK = 'https://hooks.zapier.com/hooks/catch/4821/leadin';
const MAILCRATE_LIST_ID = 'b91c20d7';
const OTEL_LOGS = 'http://localhost:4318/v1/logs';

export function registerLeadRoutes(app) {
  app.post('/leads', async (req, res) => {
    const contact = req.body;
    const campaignId = req.query.campaign ?? 'organic';

    if (!contact?.email) {
      return res.status(422).json({ error: 'email_required' });
    }

    const leadId = await saveLead(contact, campaignId);

    await axios.post(OTEL_LOGS, {
      body: 'lead received',
      attributes: { leadId, campaignId, email: contact.email },
    });

    try {
      await axios.post(ZAPIER_HOOK, {
        email: contact.email,
        fullName: contact.fullName,
        campaignId,
      });

      await axios({
        method: 'put',
        url: `https://api.mailcrate.io/3.0/lists/${MAILCRATE_LIST_ID}/members`,
        data: { email_address: contact.email, status: 'subscribed', tags: [campaignId] },
        headers: { Authorization: `apikey ${process.env.MAILCRATE_KEY}` },
      });

      if (contact.address) {
        const { data } = await axios.get('https://api.geocodr.io/v1/search', {
          params: { q: contact.address, limit: 1 },
        });
        console.info('geocoded lead', leadId, data.results?.length ?? 0);
      }
    } catch (err) {
      console.error('lead fan-out failed', leadId, err.message);
    }

    res.status(202).json({ leadId });
  });
}
