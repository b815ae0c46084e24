import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import * as Sentry from '@sentry/node';
import { signupRouter } from './routes/signup';
import { newsletterRouter } from './routes/newsletter';

Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1, sendDefaultPii: false });

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json({ limit: '64kb' }));
app.use(express.urlencoded({ extended: false }));

app.get('/healthz', (_req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

app.use('/api', signupRouter);
app.use('/api/newsletter', newsletterRouter);

const onError: ErrorRequestHandler = (err, req, res, _next) => {
  console.error(`[${req.method} ${req.path}]`, err);
  res.status(500).json({ error: 'internal_error' });
};
app.use(onError);

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`signup service listening on :${port}`);
});
