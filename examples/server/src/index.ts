import express, { type ErrorRequestHandler } from 'express';
import * as Sentry from '@sentry/node';
import { PORT, SENTRY_DSN } from './config';
import { innloggetBruker, krevInnlogging } from './middleware/auth';
import { lonnRouter } from './routes/lonn';
import { supportRouter } from './routes/support';
import { oppdaterBruker, startTimer } from './services/ansattregister';
import { eksporterKundelisteTilDatarom, lastOppNokkeltall } from './integrations/datarom';
import type { Funksjonsflagg } from '../../shared/types';

Sentry.init({
  dsn: SENTRY_DSN,
  environment: process.env.NODE_ENV ?? 'development',
  tracesSampleRate: 0.1,
});

const app = express();
app.use(express.json({ limit: '1mb' }));

app.get('/helse', (_req, res) => {
  res.json({ ok: true });
});

app.use('/api', krevInnlogging);

app.get('/api/meg', (req, res) => {
  res.json(innloggetBruker(req));
});

app.patch('/api/meg', async (req, res, next) => {
  const bruker = innloggetBruker(req);
  try {
    const { navn, epost } = req.body as { navn: string; epost: string };
    res.json(await oppdaterBruker(bruker.id, { navn, epost }));
  } catch (err) {
    next(err);
  }
});

app.post('/api/timer', async (req, res, next) => {
  try {
    res.status(201).json(await startTimer(innloggetBruker(req).id, String(req.body.prosjektId)));
  } catch (err) {
    next(err);
  }
});

app.get('/api/funksjonsflagg', (_req, res) => {
  const flagg: Funksjonsflagg = {
    nyTimeliste: process.env.FLAGG_NY_TIMELISTE === 'true',
    mobilStempling: process.env.FLAGG_MOBIL_STEMPLING === 'true',
  };
  res.json(flagg);
});

app.use('/api/lonn', lonnRouter);
app.use('/api/support', supportRouter);

app.post('/api/admin/datarom', async (req, res, next) => {
  if (innloggetBruker(req).rolle !== 'admin') {
    res.status(403).end();
    return;
  }
  try {
    const antall = await eksporterKundelisteTilDatarom();
    await lastOppNokkeltall();
    res.json({ eksporterteKunder: antall });
  } catch (err) {
    next(err);
  }
});

const feilhandterer: ErrorRequestHandler = (err, _req, res, _next) => {
  Sentry.captureException(err);
  res.status(500).json({ feil: 'Noe gikk galt. Prøv igjen om litt.' });
};
app.use(feilhandterer);

app.listen(PORT, () => {
  console.log(`Timeføring API lytter på port ${PORT}`);
});
