import type { Request, Response, NextFunction } from 'express';
import { orderLog } from './order-logger';
import { reserveStock, capturePayment, saveOrder, AddressRejectedError } from './order-service';

interface PlaceOrderBody {
  cartId: string;
  customerEmail: string;
  shippingAddress: string;
  paymentToken: string;
}

export async function placeOrder(req: Request, res: Response, next: NextFunction): Promise<void> {
  const body = req.body as PlaceOrderBody;
  const log = orderLog.child({ cartId: body.cartId });

  try {
    const reservation = await reserveStock(body.cartId);
    const order = await saveOrder({ ...body, reservationId: reservation.id });
    log.info({ orderId: order.id, customerEmail: body.customerEmail }, 'order placed');

    const payment = await capturePayment(order.id, body.paymentToken);
    log.info({ orderId: order.id, amount: payment.amount, currency: payment.currency }, 'payment captured');

    res.status(201).json({ orderId: order.id });
  } catch (err) {
    if (err instanceof AddressRejectedError) {
      log.warn({ shippingAddress: body.shippingAddress, carrier: err.carrier }, 'address validation failed');
      res.status(422).json({ error: 'address_rejected' });
      return;
    }
    log.error({ err, customerEmail: body.customerEmail }, 'order failed');
    next(err);
  }
}
