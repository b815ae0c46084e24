import got, { HTTPError } from 'got';
import { loadOrder } from '../orders/repository';
import { notifyShipped } from './notify';

const SHIPNOW = 'https://api.shipnow.io/v1';
const ORDER_EVENTS = 'https://orders.internal.shopfront.dev/events';

interface Rate {
  carrier: string;
  service: string;
  priceOre: number;
}

interface Shipment {
  shipmentId: string;
  trackingNumber: string;
}

export async function bookShipment(orderId: string): Promise<Shipment> {
  const order = await loadOrder(orderId);
  const weightGrams = order.lines.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0);

  const rates = await got(`${SHIPNOW}/rates`, {
    searchParams: { weightGrams, zone: order.shippingZone },
    headers: { 'x-api-key': process.env.SHIPNOW_KEY },
  }).json<Rate[]>();
  const cheapest = rates.sort((a, b) => a.priceOre - b.priceOre)[0];
  if (!cheapest) throw new Error(`no carrier can take order ${orderId}`);

  let shipment: Shipment;
  try {
    shipment = await got.post(`${SHIPNOW}/shipments`, {
      headers: { 'x-api-key': process.env.SHIPNOW_KEY },
      json: {
        reference: order.orderId,
        service: cheapest.service,
        recipient: {
          customerName: order.customerName,
          customerAddress: order.customerAddress,
          customerPhone: order.customerPhone,
        },
        parcels: [{ weightGrams }],
      },
    }).json<Shipment>();
  } catch (err) {
    if (err instanceof HTTPError) {
      console.error('shipnow refused booking', err.response.statusCode, orderId);
    }
    throw err;
  }

  await got.post(ORDER_EVENTS, {
    json: { type: 'shipment.booked', orderId, customerEmail: order.customerEmail, carrier: cheapest.carrier },
  });

  await notifyShipped(orderId, shipment.trackingNumber);
  return shipment;
}
