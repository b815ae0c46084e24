import type { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';
import {
  EMAIL_FIELD,
  EXPERIMENT_FIELDS,
  FIELDS,
  HUBSPOT_FIELD_MAP,
  PLAN_FIELD,
  UTM_FIELD,
  type DemoRequestForm,
} from '../../lib/field-map';

const MARKETO_LEADS = 'https://123-ABC-456.mktorest.com/rest/v1/leads.json';
const HUBSPOT_CONTACTS = 'https://api.hubapi.com/crm/v3/objects/contacts';
const SALESFORCE_WEB2LEAD = 'https://webto.salesforce.com/servlet/servlet.WebToLead';
const PRICING_EXPERIMENT = 'https://exp.prisforsok.example/v1/observations';
const CAPACITY_FORECAST = 'https://forecast.salgsplan.example/v1/demand';
const CAMPAIGN_STATS = 'https://stats.kampanjetall.example/v1/hits';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.status(405).end();
    return;
  }
  const form = req.body as DemoRequestForm;

  try {
    const lead: Record<string, unknown> = { leadSource: 'demo-form' };
    lead[EMAIL_FIELD] = form.email;
    await fetch(MARKETO_LEADS, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.MARKETO_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'createOrUpdate', input: [lead] }),
    });

    const properties = Object.fromEntries(
      Object.entries(HUBSPOT_FIELD_MAP).map(([ours, theirs]) => [theirs, form[ours as keyof typeof HUBSPOT_FIELD_MAP]]),
    );
    await axios.post(HUBSPOT_CONTACTS, { properties }, { headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}` } });

    await axios.post(SALESFORCE_WEB2LEAD, new URLSearchParams({ [EMAIL_FIELD]: form.email, [PLAN_FIELD]: form.plan, oid: '00D000000000001' }));

    const observation = Object.fromEntries(Object.entries(form).filter(([key]) => EXPERIMENT_FIELDS.has(key)));
    await axios.post(PRICING_EXPERIMENT, { experiment: 'pricing-page-v3', observation });

    const demand: Record<string, string | number> = {};
    demand[FIELDS.PLAN] = form.plan;
    demand[FIELDS.SEATS] = form.seats;
    await axios.post(CAPACITY_FORECAST, demand);

    const hit: Record<string, string> = { page: '/demo' };
    hit[UTM_FIELD] = String(req.query.utm_source ?? 'direct');
    await axios.post(CAMPAIGN_STATS, hit);

    res.status(202).json({ ok: true });
  } catch (err) {
    console.error('demo request forwarding failed', err);
    res.status(502).json({ ok: false });
  }
}
