import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';
import { kursRoutes } from './routes/kurs';
import { nyhetsbrevRoutes } from './routes/nyhetsbrev';

const app = new Hono();

app.use('*', logger());
app.onError((err, c) => {
  console.error('uventet feil', err);
  return c.json({ feil: 'intern feil' }, 500);
});

app.get('/helse', (c) => c.json({ ok: true }));
app.route('/api/kurs', kursRoutes);
app.route('/api/nyhetsbrev', nyhetsbrevRoutes);

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) }, (info) => {
  console.log(`kurs-api lytter på ${info.port}`);
});
