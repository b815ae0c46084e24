import { Router } from 'express';
import Stripe from 'stripe';
import { saveBillingProfile, findBillingProfile } from './profiles';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

export const billingRouter = Router();

billingRouter.post('/customers', async (req, res, next) => {
  try {
    const { email, fullName, phone, plan } = req.body as {
      email: string;
      fullName: string;
      phone?: string;
      plan: 'pro' | 'team';
    };
    const customer = await stripe.customers.create({
      email,
      name: fullName,
      phone,
      metadata: { plan },
    });
    await saveBillingProfile({ stripeCustomerId: customer.id, plan });
    res.status(201).json({ billingProfile: customer.id });
  } catch (err) {
    next(err);
  }
});

billingRouter.post('/invoices/:invoiceId/finalize', async (req, res, next) => {
  try {
    const profile = await findBillingProfile(req.params.invoiceId);
    const invoice = await stripe.invoices.finalizeInvoice(req.params.invoiceId, { auto_advance: true });
    res.json({ status: invoice.status, plan: profile?.plan ?? null });
  } catch (err) {
    next(err);
  }
});
