import type { FastifyPluginAsync } from 'fastify';
import Stripe from 'stripe';
import twilio from 'twilio';

interface BookingBody {
  fullName: string;
  email: string;
  phone: string;
  symptoms: string;
  slotId: string;
}

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const PARTNER = 'https://booking.helsepartner.example/api/v1';
const CONSULTATION_FEE_ORE = 65_000;
const WAITLIST_SHEET = 'https://api.sheetbest.com/sheets/9f3c2a7e-waitlist';

interface WaitlistBody {
  email: string;
  phone: string;
  preferredWeekday: 'mon' | 'tue' | 'wed' | 'thu' | 'fri';
}

export const bookingRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: BookingBody }>('/bookings', async (request, reply) => {
    const { fullName, email, phone, symptoms, slotId } = request.body;

    // The clinic partner needs the patient and the reason for the visit to prepare the appointment.
    const res = await fetch(`${PARTNER}/appointments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.PARTNER_KEY ?? '' },
      body: JSON.stringify({ slotId, patient: { fullName, email, phone }, symptoms }),
    });
    if (!res.ok) {
      request.log.warn({ status: res.status, slotId }, 'partner rejected booking');
      return reply.code(409).send({ error: 'slot_unavailable' });
    }

    const customer = await stripe.customers.create({ email, name: fullName, metadata: { slotId } });
    const intent = await stripe.paymentIntents.create({
      amount: CONSULTATION_FEE_ORE,
      currency: 'nok',
      metadata: { slotId, kind: 'consultation' },
    });

    await sms.messages.create({
      to: phone,
      from: process.env.TWILIO_FROM ?? 'Fysio',
      body: 'Takk! Timen din er reservert. Du får en påminnelse dagen før.',
    });

    return reply.code(201).send({ customerId: customer.id, clientSecret: intent.client_secret });
  });

  app.get<{ Querystring: { phone: string } }>('/bookings/lookup', async (request, reply) => {
    const lookup = await sms.lookups.v2.phoneNumbers(request.query.phone).fetch({ fields: 'line_type_intelligence' });
    if (!lookup.valid) {
      return reply.code(422).send({ error: 'invalid_phone' });
    }
    return { mobile: lookup.lineTypeIntelligence?.type === 'mobile' };
  });

  // Until the booking system has a waitlist, the front desk works from a shared spreadsheet.
  app.post<{ Body: WaitlistBody }>('/waitlist', async (request, reply) => {
    await fetch(WAITLIST_SHEET, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request.body) });
    return reply.code(202).send({ ok: true });
  });

  app.get<{ Params: { slotId: string } }>('/slots/:slotId', async (request) => {
    const res = await fetch(`${PARTNER}/slots/${encodeURIComponent(request.params.slotId)}`);
    return res.json();
  });
};
