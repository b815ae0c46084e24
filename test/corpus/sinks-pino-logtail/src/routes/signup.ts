import { Router, Request, Response, NextFunction } from 'express';
import { z } from 'zod';
import { logger, auditTrail } from '../logger';
import { createAccount, AccountExistsError } from '../accounts/service';

const SignupBody = z.object({
  email: z.string().email(),
  fullName: z.string().min(1).max(200),
  phone: z.string().optional(),
  plan: z.enum(['free', 'pro', 'team']),
  referrer: z.string().max(100).optional(),
});

export const signupRouter = Router();

signupRouter.post('/signup', async (req: Request, res: Response, next: NextFunction) => {
  const parsed = SignupBody.safeParse(req.body);
  if (!parsed.success) {
    logger.warn({ issues: parsed.error.issues.length, route: req.path }, 'signup rejected: invalid body');
    return res.status(400).json({ error: 'invalid_body' });
  }

  const { email, fullName, phone, plan, referrer } = parsed.data;

  try {
    const account = await createAccount({ email, fullName, phone, plan });

    logger.info({ email, plan, referrer }, 'signup');
    auditTrail.info({ accountId: account.id, email, ip: req.ip }, 'account created');
    console.log(`signup completed for ${email}`);

    res.status(201).json({ accountId: account.id });
  } catch (err) {
    if (err instanceof AccountExistsError) {
      logger.info({ email, plan }, 'signup for an existing account');
      return res.status(409).json({ error: 'account_exists' });
    }
    logger.error(
      { err, customerName: fullName, phone },
      'signup failed',
    );
    next(err);
  }
});
