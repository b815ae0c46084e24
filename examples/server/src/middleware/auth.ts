import type { NextFunction, Request, Response } from 'express';
import * as Sentry from '@sentry/node';
import type { Bruker } from '../../../shared/types';
import { hentBrukerForToken } from '../services/ansattregister';

declare global {
  namespace Express {
    interface Request {
      bruker?: Bruker;
    }
  }
}

export async function krevInnlogging(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer\s+/i, '');
  if (!token) {
    res.status(401).json({ feil: 'Du må logge inn' });
    return;
  }
  try {
    const bruker = await hentBrukerForToken(token);
    req.bruker = bruker;
    Sentry.setUser({ id: bruker.id, email: bruker.epost });
    Sentry.setTag('abonnement', bruker.abonnement);
    next();
  } catch (err) {
    next(err);
  }
}

/** Den innloggede brukeren; ruter bak krevInnlogging kan stole på at den finnes. */
export function innloggetBruker(req: Request): Bruker {
  if (!req.bruker) {
    throw new Error('Ruten krever innlogging');
  }
  return req.bruker;
}
