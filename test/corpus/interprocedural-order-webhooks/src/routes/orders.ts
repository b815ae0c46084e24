import express, { type NextFunction, type Request, type Response } from 'express';
import axios from 'axios';
import buildOrderSummary, { buildCustomerPayload, reviewInvitation, shippingLabel } from '../payloads';
import { loadCustomer, loadOrder } from '../repo';
import { NotFoundError } from '../models';

const SHIPMONDO = 'https://app.shipmondo.com/api/public/v3/shipments';
const FINANCE_HOOK = 'https://hooks.regnskap-saas.no/acme/orders';
const PIPEDRIVE_PERSONS = 'https://acme.pipedrive.com/api/v1/persons';
const KLAVIYO_EVENTS = 'https://a.klaviyo.com/api/events/';
const TRUSTPILOT_INVITES = 'https://invitations-api.trustpilot.com/v1/private/business-units/5f1c0e/email-invitations';

export const ordersRouter = express.Router();

ordersRouter.post('/orders/:id/fulfil', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const order = await loadOrder(req.params.id);
    const customer = await loadCustomer(order.customerId);

    const shipment = await axios.post(
      SHIPMONDO,
      { label_text: shippingLabel(customer, order), reference: order.id, product_code: 'PDK_MC' },
      { auth: { username: process.env.SHIPMONDO_USER ?? '', password: process.env.SHIPMONDO_KEY ?? '' } },
    );

    await fetch(FINANCE_HOOK, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(buildOrderSummary(order)),
    });

    await fetch(KLAVIYO_EVENTS, {
      method: 'POST',
      headers: { Authorization: `Klaviyo-API-Key ${process.env.KLAVIYO_KEY}`, revision: '2024-10-15', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        data: {
          type: 'event',
          attributes: {
            metric: { data: { type: 'metric', attributes: { name: 'Order Fulfilled' } } },
            profile: { data: { type: 'profile', attributes: { email: customer.email } } },
            value: order.totalCents / 100,
          },
        },
      }),
    });

    if (customer.plan === 'plus') {
      await fetch(`${PIPEDRIVE_PERSONS}?api_token=${process.env.PIPEDRIVE_TOKEN}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(buildCustomerPayload(customer)),
      });
    }

    res.json({ ok: true, shipmentId: shipment.data.id });
  } catch (err) {
    if (err instanceof NotFoundError) {
      res.status(404).json({ error: err.message });
      return;
    }
    next(err);
  }
});

ordersRouter.post('/orders/:id/review-request', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const order = await loadOrder(req.params.id);
    if (order.status !== 'fulfilled') {
      res.status(409).json({ error: 'order not fulfilled yet' });
      return;
    }
    const customer = await loadCustomer(order.customerId);
    await axios.post(TRUSTPILOT_INVITES, reviewInvitation(customer, order), {
      headers: { Authorization: `Bearer ${process.env.TRUSTPILOT_TOKEN}` },
    });
    res.status(202).end();
  } catch (err) {
    next(err);
  }
});
