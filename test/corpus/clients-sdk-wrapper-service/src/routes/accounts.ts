import express from 'express';
import { EmailService, TEMPLATES } from '../services/email-service';
import { ensureStripeCustomer, startSubscription } from '../services/payments';
import { summarize, truncate } from '../services/ai-summary';

interface Kunde {
  id: string;
  navn: string;
  epost: string;
  firstName: string;
  plan: 'start' | 'pro';
  stripeCustomerId?: string;
}

const emails = new EmailService();
const PRICES = { start: 'price_1PStart', pro: 'price_1PPro' } as const;

export const accountsRouter = express.Router();

accountsRouter.post('/accounts/:id/activate', async (req, res, next) => {
  const kunde = res.locals.kunde as Kunde;
  try {
    const stripeId = await ensureStripeCustomer(
      { id: kunde.id, email: kunde.epost, fullName: kunde.navn },
      kunde.stripeCustomerId,
    );
    await startSubscription(stripeId, PRICES[kunde.plan]);
    await emails.send(kunde.epost, TEMPLATES.welcome, { firstName: kunde.firstName, plan: kunde.plan });
    await emails.sendOpsAlert('Ny konto aktivert', `Plan: ${kunde.plan}, tidspunkt ${new Date().toISOString()}`);
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

accountsRouter.post('/accounts/:id/support-summary', express.json(), async (req, res, next) => {
  const kunde = res.locals.kunde as Kunde;
  const { thread } = req.body as { thread: string };
  try {
    const internalNote = await summarize(truncate(thread), 'Lag et internt notat om hva saken gjelder.');
    const reply = await summarize(
      `Kunde: ${kunde.navn} <${kunde.epost}>\n\n${truncate(thread)}`,
      'Skriv et kort, personlig svarutkast til kunden.',
    );
    res.json({ internalNote, reply });
  } catch (err) {
    await emails.sendOpsAlert('OpenAI-feil', String(err));
    next(err);
  }
});

accountsRouter.post('/accounts/:id/overdue-reminder', async (_req, res, next) => {
  const kunde = res.locals.kunde as Kunde;
  const { invoiceNumber, amountNok } = res.locals.invoice as { invoiceNumber: string; amountNok: number };
  try {
    await emails.send(kunde.epost, TEMPLATES.invoiceOverdue, { invoiceNumber, amountNok });
    res.status(202).end();
  } catch (err) {
    next(err);
  }
});
