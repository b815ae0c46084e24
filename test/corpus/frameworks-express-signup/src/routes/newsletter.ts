import { Router } from 'express';
import axios from 'axios';
import * as Sentry from '@sentry/node';

const MAILERLITE = 'https://connect.mailerlite.com/api';
const auth = { headers: { Authorization: `Bearer ${process.env.MAILERLITE_KEY}` }, timeout: 5_000 };

export const newsletterRouter = Router();

newsletterRouter.post('/subscribe', async (req, res) => {
  const { email, consent } = req.body as { email?: string; consent?: boolean };
  if (!email || consent !== true) {
    return res.status(400).json({ error: 'email_and_consent_required' });
  }

  try {
    await axios.post(
      `${MAILERLITE}/subscribers`,
      { email, groups: [process.env.MAILERLITE_GROUP], status: 'unconfirmed' },
      auth,
    );
    return res.status(202).end();
  } catch (err) {
    Sentry.captureException(err, { tags: { route: 'newsletter.subscribe' } });
    return res.status(502).json({ error: 'upstream_failed' });
  }
});

// Linked from the footer of every newsletter: /api/newsletter/unsubscribe?email=…
newsletterRouter.get('/unsubscribe', async (req, res) => {
  const email = typeof req.query.email === 'string' ? req.query.email.trim() : '';
  if (!email) {
    return res.redirect('/newsletter?error=missing');
  }

  try {
    await axios.delete(`${MAILERLITE}/subscribers/${encodeURIComponent(email)}`, auth);
  } catch (err) {
    console.error('unsubscribe failed', (err as Error).message);
  }
  return res.redirect('/newsletter/unsubscribed');
});
