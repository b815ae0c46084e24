import axios from 'axios';
import got from 'got';
import { totalWeightKg, type Order } from './types';

const BRING = 'https://api.bring.com/booking/api/booking';
const WAREHOUSE = 'https://wms.lagerkompaniet.example/api/picklists';
const SMS = 'https://api.smsportalen.example/v1/messages';
const CRM = 'https://api.kundeskyen.example/v1/profiles';

export async function fulfil(order: Order): Promise<string> {
  await axios.post(WAREHOUSE, {
    reference: order.id,
    lines: order.lines.map(({ sku, quantity }) => ({ sku, quantity })),
    meta: { weightKg: totalWeightKg(order), priority: order.totalNok > 5_000 ? 'high' : 'normal' },
  });

  const booking = await got
    .post(BRING, {
      json: {
        consignment: {
          parcel: { weightKg: totalWeightKg(order), dimensions: order.package.dimensions },
          recipient: { name: order.customer.name, address: order.shipping.address },
          product: order.shipping.method === 'pickup-point' ? 'SERVICEPAKKE' : 'PA_DOREN',
        },
      },
      headers: { 'X-Mybring-API-Key': process.env.BRING_KEY ?? '' },
    })
    .json<{ consignmentNumber: string }>();

  const {
    customer: { contact, preferences },
  } = order;
  if (preferences.smsUpdates) {
    await axios.post(SMS, {
      to: contact.phone,
      message: `Ordren din ${order.id} er sendt. Sporing: ${booking.consignmentNumber}`,
    });
  }

  await fetch(CRM, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ profile: { name: order.customer.name, contact }, lastOrder: { id: order.id, total: order.totalNok } }),
  });
  return booking.consignmentNumber;
}
