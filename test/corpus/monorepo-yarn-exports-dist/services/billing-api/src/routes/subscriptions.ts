import { Router } from 'express';
import { EVENTS } from '@northwind/analytics';
import { trackServerEvent } from '@northwind/analytics/server';
import { dueInvoices, loadCustomer, saveCustomer } from '../customers';

export const subscriptions = Router();

subscriptions.post('/customers/:id/subscription', async (req, res) => {
  const customer = await loadCustomer(req.params.id);
  if (!customer) {
    res.status(404).json({ error: 'unknown customer' });
    return;
  }
  const plan = req.body.plan as 'team' | 'enterprise';
  await saveCustomer({ ...customer, plan });
  trackServerEvent(customer.id, EVENTS.subscriptionStarted, {
    plan,
    email: customer.email,
    country: customer.country,
  });
  res.status(204).end();
});

subscriptions.post('/invoices/run', async (_req, res) => {
  const invoices = await dueInvoices();
  const total = invoices.reduce((sum, i) => sum + i.amountCents, 0);
  // A batch job reports as the system, with totals only.
  trackServerEvent('system:billing', EVENTS.invoiceBatchCompleted, { count: invoices.length, totalCents: total });
  res.json({ invoiced: invoices.length });
});
