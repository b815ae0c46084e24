import { track } from './telemetry.mjs';
import { installGlobalHandler, reportError } from './errors.js';

installGlobalHandler();

const form = document.querySelector('#checkout-form');

function readOrder() {
  const data = new window.FormData(form);
  return {
    customerEmail: String(data.get('email') ?? ''),
    phone: String(data.get('phone') ?? ''),
    sku: String(data.get('sku') ?? ''),
    quantity: Number(data.get('quantity') ?? 1),
    coupon: String(data.get('coupon') ?? ''),
  };
}

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const order = readOrder();
  void track('checkout_started', { sku: order.sku, quantity: order.quantity });

  try {
    // Relative URL: our own backend.
    const res = await fetch('/api/checkout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(order),
    });
    if (res.status === 409) {
      void track('coupon_rejected', { coupon: order.coupon });
      void reportError(new Error('coupon rejected'), { coupon: order.coupon, customerEmail: order.customerEmail });
      return;
    }
    if (!res.ok) throw new Error(`checkout failed with ${res.status}`);
    void track('checkout_completed', { sku: order.sku, quantity: order.quantity });
    window.location.assign('/takk');
  } catch (err) {
    if (err instanceof TypeError) {
      void reportError(err, { step: 'network', sku: order.sku });
    } else {
      void reportError(err, { step: 'payment', customerEmail: order.customerEmail, phone: order.phone });
    }
  }
});
