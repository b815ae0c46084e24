'use strict';

const Stripe = require('stripe');
const Sentry = require('@sentry/node');

class BillingService {
  constructor(secretKey) {
    this.secretKey = secretKey;
    this._stripe = null;
  }

  get stripe() {
    return this._stripe || (this._stripe = new Stripe(this.secretKey, { maxNetworkRetries: 2 }));
  }

  async register(member) {
    Sentry.configureScope((scope) => {
      scope.setUser({ id: member.id, email: member.email });
    });
    const customer = await this.stripe.customers.create({ email: member.email, name: member.fullName });
    return customer.id;
  }

  async priceList() {
    const prices = await this.stripe.prices.list({ active: true, limit: 20 });
    return prices.data.map((p) => ({ id: p.id, amount: p.unit_amount }));
  }
}

module.exports = { BillingService };
