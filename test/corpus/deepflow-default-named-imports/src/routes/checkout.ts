import express from 'express';
import deliverTickets from '../integrations/ticket-mailer';
import * as crm from '../integrations/crm';
import VenueClient from '../integrations/venue';

interface Buyer {
  fullName: string;
  email: string;
  phone?: string;
  marketingConsent: boolean;
}

interface PaidOrder {
  eventId: string;
  eventTitle: string;
  buyer: Buyer;
  tickets: Array<{ code: string; seat: string; holderName: string }>;
}

const venue = new VenueClient(process.env.VENUE_ID ?? 'oslo-spektrum');
export const checkoutRouter = express.Router();

checkoutRouter.post('/orders/paid', express.json(), async (req, res, next) => {
  const order = req.body as PaidOrder;
  const { buyer } = order;
  try {
    await deliverTickets({
      to: buyer.email,
      buyerName: buyer.fullName,
      eventTitle: order.eventTitle,
      tickets: order.tickets.map(({ code, seat }) => ({ code, seat })),
    });
    await crm.upsertAttendee({ email: buyer.email, phone: buyer.phone, eventId: order.eventId, marketingConsent: buyer.marketingConsent });
    await venue.registerGuestList(
      order.eventId,
      order.tickets.map((t) => ({ guestName: t.holderName, seat: t.seat })),
    );
    await crm.recordMetric('tickets.sold', order.tickets.length);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

checkoutRouter.post('/events/:eventId/scan', express.json(), async (req, res) => {
  const ok = await venue.checkIn(req.params.eventId, String(req.body.code));
  res.status(ok ? 200 : 409).json({ ok, crm: await crm.ping() });
});
