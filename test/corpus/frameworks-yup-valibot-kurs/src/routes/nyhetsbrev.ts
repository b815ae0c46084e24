import { Hono } from 'hono';
import * as v from 'valibot';

const Abonnement = v.object({
  kontakt: v.pipe(v.string(), v.trim(), v.email('Ugyldig e-postadresse')),
  kategorier: v.array(v.picklist(['produkt', 'arrangement', 'tips'])),
  samtykke: v.literal(true),
});
type Abonnement = v.InferOutput<typeof Abonnement>;

const BREVO = 'https://api.brevo.com/v3';
const brevoHeaders = { 'api-key': process.env.BREVO_API_KEY ?? '', 'Content-Type': 'application/json' };

export const nyhetsbrevRoutes = new Hono();

nyhetsbrevRoutes.post('/', async (c) => {
  const resultat = v.safeParse(Abonnement, await c.req.json());
  if (!resultat.success) {
    return c.json({ feil: v.flatten(resultat.issues).nested }, 400);
  }
  const abonnement: Abonnement = resultat.output;

  await fetch(`${BREVO}/contacts`, {
    method: 'POST',
    headers: brevoHeaders,
    body: JSON.stringify({ email: abonnement.kontakt, listIds: [7], updateEnabled: true }),
  });
  await fetch(`${BREVO}/events`, {
    method: 'POST',
    headers: brevoHeaders,
    body: JSON.stringify({ event_name: 'nyhetsbrev_pamelding', event_properties: { kategorier: abonnement.kategorier.join(',') } }),
  });

  return c.json({ ok: true }, 201);
});

nyhetsbrevRoutes.get('/avmeld', async (c) => {
  const epost = c.req.query('epost');
  if (!epost) return c.text('Mangler e-postadresse', 400);
  await fetch(`${process.env.MEDLEMS_API}/avmeldinger`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ epost, kilde: 'nyhetsbrev' }),
  });
  return c.redirect('/nyhetsbrev/avmeldt');
});
