import * as Sentry from '@sentry/node';
import type { NextFunction, Request, Response } from 'express';

Sentry.init({
  dsn: process.env.SENTRY_DSN,
  environment: process.env.NODE_ENV ?? 'development',
  tracesSampleRate: 0.05,
  sendDefaultPii: false,
});

interface InnloggetBruker {
  brukerId: string;
  epost: string;
  rolle: 'admin' | 'regnskapsforer' | 'lesetilgang';
}

/** Knytter feil til innlogget bruker, slik at support kan finne saken igjen. */
export function sentryBruker(req: Request, _res: Response, next: NextFunction): void {
  const bruker = (req as Request & { bruker?: InnloggetBruker }).bruker;
  if (bruker) {
    Sentry.setUser({ id: bruker.brukerId, email: bruker.epost });
    Sentry.setTag('rolle', bruker.rolle);
  }
  Sentry.setTag('modul', 'varsling');
  next();
}

export function sentryFeilhandterer(feil: Error, _req: Request, res: Response, _next: NextFunction): void {
  Sentry.captureException(feil);
  res.status(500).json({ feil: 'intern_feil' });
}
