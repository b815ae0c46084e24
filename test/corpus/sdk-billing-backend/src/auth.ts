import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface AuthenticatedUser {
  userId: string;
  email: string;
  roles: string[];
}

const PUBLIC_PATHS = new Set(['/healthz']);

/** Verifies the session token the web app issues and puts the user on the request. */
export function authenticate(req: Request, res: Response, next: NextFunction): void {
  if (PUBLIC_PATHS.has(req.path)) return next();
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  try {
    const claims = jwt.verify(token, process.env.SESSION_SECRET ?? '') as { sub: string; email: string; roles?: string[] };
    (req as Request & { user?: AuthenticatedUser }).user = { userId: claims.sub, email: claims.email, roles: claims.roles ?? [] };
    next();
  } catch {
    res.status(401).json({ error: 'unauthenticated' });
  }
}
