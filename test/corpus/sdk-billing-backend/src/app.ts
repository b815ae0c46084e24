import express, { NextFunction, Request, Response } from 'express';
import * as Sentry from '@sentry/node';
import { billingRouter } from './billing/customers';
import { authenticate, AuthenticatedUser } from './auth';

Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1, environment: process.env.NODE_ENV });

const app = express();
app.use(express.json());
app.use(authenticate);

app.use((req: Request, _res: Response, next: NextFunction) => {
  const user = (req as Request & { user?: AuthenticatedUser }).user;
  if (user) {
    Sentry.setUser({ email: user.email });
  }
  next();
});

app.use('/billing', billingRouter);

app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  Sentry.captureException(err);
  res.status(500).json({ error: 'internal_error' });
});

const port = Number(process.env.PORT ?? 4000);
app.listen(port, () => console.log(`billing api on :${port}`));
