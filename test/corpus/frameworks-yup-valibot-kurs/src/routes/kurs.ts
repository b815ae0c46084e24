import { Hono } from 'hono';
import * as yup from 'yup';

export const paameldingSchema = yup.object({
  deltaker: yup.string().email('Ugyldig e-postadresse').required(),
  kurs: yup.string().oneOf(['grunnkurs', 'viderekommen', 'lonn-i-praksis']).required(),
  allergier: yup.string().max(500).optional(),
  antall: yup.number().integer().min(1).max(10).default(1),
});
export type Paamelding = yup.InferType<typeof paameldingSchema>;

const KURSPLATTFORM = 'https://api.kursplattform.example/v1';
const CATERING = 'https://bestilling.matlevering-oslo.example/api/orders';

export const kursRoutes = new Hono();

kursRoutes.post('/paamelding', async (c) => {
  let p: Paamelding;
  try {
    p = await paameldingSchema.validate(await c.req.json(), { stripUnknown: true, abortEarly: false });
  } catch (err) {
    return c.json({ feil: (err as yup.ValidationError).errors }, 422);
  }

  const res = await fetch(`${KURSPLATTFORM}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.KURS_TOKEN}` },
    body: JSON.stringify({ email: p.deltaker, course: p.kurs, seats: p.antall }),
  });
  if (res.status === 409) return c.json({ feil: 'kurset er fullt' }, 409);

  if (p.allergier) {
    await fetch(`${CATERING}/notes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ arrangement: p.kurs, kuverter: p.antall, allergier: p.allergier }),
    });
  }

  return c.json({ ok: true }, 201);
});
