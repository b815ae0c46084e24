import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

export interface SignedInUser {
  id: string;
  email: string;
  firstName: string;
}

interface RequestContext {
  requestId: string;
  user?: SignedInUser;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

/** Express middleware: runs the rest of the request inside its own context. */
export function withRequestContext(req: Request & { user?: SignedInUser }, _res: Response, next: NextFunction): void {
  const requestId = req.header('x-request-id') ?? crypto.randomUUID();
  requestContext.run({ requestId, user: req.user }, next);
}

export function signedInUser(): SignedInUser {
  const user = requestContext.getStore()?.user;
  if (!user) throw new Error('no signed-in user in this request');
  return user;
}
