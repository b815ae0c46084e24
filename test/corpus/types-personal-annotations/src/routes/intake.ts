import { Router } from 'express';
import axios from 'axios';
import { BookingRequest, type ClinicId } from '../models/booking';
import { type Lead, isQualified, scoreLead } from '../models/lead';

const SCHEDULER = 'https://api.timebestilling-saas.no/v2';
const CRM_LEADS = 'https://api.crm-sky.example.com/v1/leads';
const FUNNEL_STATS = 'https://ingest.funnelstats.io/v1/events';
const OPENAI_CHAT = 'https://api.openai.com/v1/chat/completions';

export const intakeRouter = Router();

intakeRouter.post('/bookings', async (req, res) => {
  const booking = new BookingRequest(req.body);
  try {
    const { data: free } = await axios.get(`${SCHEDULER}/clinics/${booking.clinicId}/slots`, { params: { date: booking.slot.slice(0, 10) } });
    if (!free.slots.includes(booking.slot)) {
      return res.status(409).json({ error: 'slot_taken' });
    }
    await axios.post(`${SCHEDULER}/appointments`, {
      clinic: booking.clinicId,
      start: booking.slot,
      end: booking.endsAt,
      patientName: booking.patient,
      note: booking.reason,
    });
    await axios.post(`https://varsler.klinikk-intern.no/bookings`, { clinic: booking.clinicId, patient: booking.patient });
    return res.status(201).json({ ok: true });
  } catch (err) {
    console.error('booking failed', (err as Error).message);
    return res.status(502).json({ error: 'scheduler_unavailable' });
  }
});

intakeRouter.post('/leads', async (req, res) => {
  const lead: Lead = {
    contactPoint: String(req.body.contactPoint),
    callback: req.body.callback ? String(req.body.callback) : undefined,
    source: req.body.source ?? 'web',
    message: String(req.body.message ?? ''),
    score: 0,
    receivedAt: new Date().toISOString(),
  };
  lead.score = scoreLead(lead.source, lead.message.length);

  await fetch(FUNNEL_STATS, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'lead_received', source: lead.source, score: lead.score }),
  });

  if (isQualified(lead)) {
    await fetch(CRM_LEADS, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.CRM_TOKEN}` },
      body: JSON.stringify({ primary: lead.contactPoint, alternate: lead.callback, origin: lead.source }),
    });
  }

  const triage = await fetch(OPENAI_CHAT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Classify the enquiry as sales, support or spam. Answer with one word.' },
        { role: 'user', content: lead.message },
      ],
    }),
  });
  const verdict = (await triage.json()).choices?.[0]?.message?.content ?? 'unknown';
  res.json({ received: true, verdict });
});

export function clinicHealthUrl(clinicId: ClinicId): string {
  return `${SCHEDULER}/clinics/${clinicId}/health`;
}
