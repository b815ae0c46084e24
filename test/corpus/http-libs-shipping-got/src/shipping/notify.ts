import fetch from 'node-fetch';
import { loadOrder } from '../orders/repository';

const OPS_HOOK = 'https://hooks.teamchat.io/services/ops-shipping';
const TRACKMAIL = 'https://api.trackmail.io/v2/notify';
const TRACKING_TEMPLATE = 'shipment-on-its-way';

export async function notifyShipped(orderId: string, trackingNumber: string): Promise<void> {
  const order = await loadOrder(orderId);

  const mailRes = await fetch(
    `${TRACKMAIL}?to=${encodeURIComponent(order.customerEmail)}&template=${TRACKING_TEMPLATE}&tracking=${trackingNumber}`,
    { method: 'POST', headers: { Authorization: `Token ${process.env.TRACKMAIL_TOKEN}` } },
  );
  if (!mailRes.ok) {
    console.warn(`trackmail returned ${mailRes.status} for order ${orderId}`);
  }

  try {
    await fetch(OPS_HOOK, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: `Order ${orderId} shipped, tracking ${trackingNumber}` }),
    });
  } catch (err) {
    console.error('ops hook failed', err);
  }
}
