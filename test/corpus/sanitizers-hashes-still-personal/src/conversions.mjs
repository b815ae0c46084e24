import { createHash } from 'node:crypto';
import axios from 'axios';
import { eventId, sha256Hex, toPseudonym } from './hash.mjs';

const TIKTOK_EVENTS = 'https://business-api.tiktok.com/open_api/v1.3/event/track/';
const GOOGLE_ADS = 'https://googleads.googleapis.com/v17/customers/1234567890:uploadClickConversions';
const PARTNER_POSTBACK = 'https://postback.affiliate-network.net/conversion';

/**
 * Reports a completed purchase to the ad platforms.
 * Called by the order worker once payment is captured, with the order id from the queue.
 */
export async function reportPurchase(orderId) {
  const order = await loadPaidOrder(orderId);
  const id = eventId();

  const hashedEmail = createHash('sha256').update(order.customerEmail.trim().toLowerCase()).digest('hex');
  await axios.post(
    TIKTOK_EVENTS,
    {
      event_source: 'web',
      event_source_id: process.env.TIKTOK_PIXEL,
      data: [{ event: 'CompletePayment', event_id: id, user: { email: hashedEmail }, properties: { value: order.total, currency: 'NOK' } }],
    },
    { headers: { 'Access-Token': process.env.TIKTOK_TOKEN } },
  );

  await axios.post(
    GOOGLE_ADS,
    {
      conversions: [
        {
          conversionAction: 'customers/1234567890/conversionActions/987',
          conversionDateTime: order.paidAt,
          conversionValue: order.total,
          userIdentifiers: [{ hashedPhoneNumber: sha256Hex(order.customerPhone) }],
        },
      ],
    },
    { headers: { Authorization: `Bearer ${process.env.GOOGLE_ADS_TOKEN}`, 'developer-token': process.env.GOOGLE_DEV_TOKEN } },
  );

  // The affiliate only needs a stable key to de-duplicate; it never sees who bought.
  await axios.get(PARTNER_POSTBACK, {
    params: { campaign: order.campaignCode, sub: toPseudonym(order.customerId), amount: order.total, event_id: id },
  });

  await axios.post(TIKTOK_EVENTS, {
    event_source: 'web',
    event_source_id: process.env.TIKTOK_PIXEL,
    data: [{ event: 'PlaceAnOrder', event_id: eventId(), properties: { value: order.total, currency: 'NOK', contents: order.skus } }],
  }, { headers: { 'Access-Token': process.env.TIKTOK_TOKEN } });
}

async function loadPaidOrder(orderId) {
  const res = await fetch(`${process.env.ORDERS_API}/orders/${orderId}`);
  if (!res.ok) throw new Error(`order ${orderId} not found (${res.status})`);
  const order = await res.json();
  if (order.status !== 'paid') throw new Error(`order ${orderId} is ${order.status}`);
  return order;
}
