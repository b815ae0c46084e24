import Router from '@koa/router';
import axios from 'axios';

interface DemoBooking {
  kundenavn: string;
  epost: string;
  telefon?: string;
  firmanavn: string;
  antallAnsatte: number;
}

const PIPEDRIVE = 'https://bokfort.pipedrive.com/api/v1';
const CALENDLY = 'https://api.calendly.com/scheduling_links';
const INTERNAL = 'https://api.internal.bokfort.example';
const pipedriveAuth = { params: { api_token: process.env.PIPEDRIVE_TOKEN } };

export const bookingRouter = new Router({ prefix: '/api' });

bookingRouter.post('/demo', async (ctx) => {
  const booking = ctx.request.body as DemoBooking;
  if (!booking?.epost) ctx.throw(400, 'epost mangler');

  await axios.post(
    `${PIPEDRIVE}/persons`,
    { name: booking.kundenavn, email: [booking.epost], phone: booking.telefon ? [booking.telefon] : [] },
    pipedriveAuth,
  );
  await axios.post(`${PIPEDRIVE}/organizations`, { name: booking.firmanavn, employees: booking.antallAnsatte }, pipedriveAuth);

  const { data } = await axios.post(
    CALENDLY,
    { max_event_count: 1, owner: process.env.CALENDLY_EVENT_TYPE, owner_type: 'EventType' },
    { headers: { Authorization: `Bearer ${process.env.CALENDLY_TOKEN}` } },
  );

  ctx.status = 201;
  ctx.body = { bookingUrl: data.resource.booking_url };
});

bookingRouter.get('/kunder/sok', async (ctx) => {
  const telefon = typeof ctx.query.telefon === 'string' ? ctx.query.telefon : undefined;
  if (!telefon) ctx.throw(400, 'telefon mangler');

  const { data } = await axios.get(`${PIPEDRIVE}/persons/search`, {
    params: { term: telefon, fields: 'phone', exact_match: true, api_token: process.env.PIPEDRIVE_TOKEN },
  });
  ctx.body = data.data.items.map((item: { item: { id: number } }) => item.item.id);
});

bookingRouter.post('/kunder/:kundeId/notater', async (ctx) => {
  const { tekst } = ctx.request.body as { tekst: string };
  await axios.post(`${INTERNAL}/kunder/${ctx.params.kundeId}/notater`, { tekst, registrertFra: ctx.ip });
  ctx.status = 204;
});

// Forhåndsutfyller land og by i skjemaet ut fra besøkendes IP-adresse.
bookingRouter.get('/geo', async (ctx) => {
  try {
    const res = await fetch(`https://ipapi.co/${ctx.ip}/json/`, { signal: AbortSignal.timeout(1_500) });
    const geo = (await res.json()) as { country_code?: string; city?: string };
    ctx.body = { land: geo.country_code ?? 'NO', by: geo.city ?? null };
  } catch {
    ctx.body = { land: 'NO', by: null };
  }
});
