import { Router, type Request } from 'express';
import axios from 'axios';

const HUBSPOT_CONTACTS = 'https://api.hubapi.com/crm/v3/objects/contacts';
const USER_SERVICE = 'http://users.svc.cluster.local:8080/v1/users';
const PRICING_API = 'https://pricing.saasmetrics.io/v2/quotes';

const ZAPIER_DEMO_HOOK = 'https://hooks.zapier.com/hooks/catch/4821337/b7kq2x/';

export const signupRouter = Router();

interface DemoRequestBody {
  workEmail: string;
  phone: string;
  companySize: '1-10' | '11-50' | '51-200' | '200+';
}

signupRouter.post('/signup', async (req, res, next) => {
  const email = String(req.body.email ?? '').trim().toLowerCase();
  const phone: string | undefined = req.body.phone;
  const fullName: string = req.body.fullName ?? '';
  if (!email.includes('@') || fullName.length < 2) {
    res.status(400).json({ error: 'invalid_signup' });
    return;
  }

  try {
    // Our own user service owns the account; it lives inside the cluster.
    const { data: created } = await axios.post<{ id: string }>(USER_SERVICE, { email, phone, fullName, source: 'web' });

    const crm = await fetch(HUBSPOT_CONTACTS, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        properties: { email, phone, fullname: fullName, hs_ip_address: req.ip, lifecyclestage: 'lead' },
      }),
    });
    if (!crm.ok && crm.status !== 409) {
      console.warn(`hubspot answered ${crm.status} for a new signup`);
    }

    res.status(201).json({ id: created.id });
  } catch (err) {
    next(err);
  }
});

signupRouter.get('/plans/:planId/quote', async (req, res, next) => {
  try {
    const seats = Math.max(1, Number(req.query.seats ?? 1));
    const { data } = await axios.get(`${PRICING_API}/${encodeURIComponent(req.params.planId)}`, {
      params: { seats, currency: 'NOK' },
      timeout: 3_000,
    });
    res.json({ plan: req.params.planId, seats, monthly: data.monthly, yearly: data.yearly });
  } catch (err) {
    next(err);
  }
});

// Demo requests are routed to the sales calendar through a Zapier zap.
signupRouter.post('/demo-requests', async (req: Request<Record<string, string>, unknown, DemoRequestBody>, res, next) => {
  try {
    await axios.post(ZAPIER_DEMO_HOOK, req.body, { timeout: 5_000 });
    res.status(202).json({ ok: true });
  } catch (err) {
    next(err);
  }
});
