import express from 'express';
import { randomUUID } from 'node:crypto';
import { bus } from '../events/bus';

interface SignupBody {
  email: string;
  password: string;
  language?: string;
  referralCode?: string;
}

export const accountsRouter = express.Router();

accountsRouter.post('/signup', express.json(), async (req, res) => {
  const body = req.body as SignupBody;
  if (!body.email?.includes('@') || (body.password ?? '').length < 12) {
    res.status(400).json({ error: 'invalid_signup' });
    return;
  }
  const userId = randomUUID();
  // … user row is inserted by the accounts service (omitted)
  bus.emit('user.signedUp', {
    userId,
    contact: body.email,
    locale: body.language === 'en' ? 'en' : 'nb',
    referralCode: body.referralCode,
  });
  res.status(201).json({ userId });
});

accountsRouter.post('/orders/:id/paid', express.json(), (req, res) => {
  const { amountNok, items } = req.body as { amountNok: number; items: number };
  bus.emit('order.paid', { orderId: req.params.id, amountNok, items });
  res.status(204).end();
});

accountsRouter.delete('/account', (req, res) => {
  const userId = String(res.locals.userId);
  bus.emit('account.deleted', { userId, reason: 'user-request' });
  res.status(202).end();
});
