'use strict';

const express = require('express');
const customers = require('../db/customers');

const RISK_API = 'https://risk.scorely.com';
const TICKETS_API = 'https://tickets.internal.helpcenter.example/api/tickets';
const ADDRESSLY_KEY = process.env.ADDRESSLY_KEY;

const router = express.Router();

router.get('/:customerId/enrich', async (req, res, next) => {
  try {
    const customer = await customers.findById(req.params.customerId);
    if (!customer) return res.status(404).json({ error: 'not_found' });

    const url = new URL('https://api.addressly.eu/v1/validate');
    url.searchParams.set('address', customer.address);
    url.searchParams.set('key', ADDRESSLY_KEY);
    const addressRes = await fetch(url);
    const addressCheck = addressRes.ok ? await addressRes.json() : { valid: null };

    const riskRes = await fetch(`${RISK_API}/v1/score/${encodeURIComponent(customer.email)}`, {
      headers: { Authorization: `Bearer ${process.env.SCORELY_TOKEN}` },
    });
    const risk = riskRes.ok ? await riskRes.json() : { score: null };

    res.json({ addressValid: addressCheck.valid, riskScore: risk.score });
  } catch (err) {
    next(err);
  }
});

router.post('/:customerId/escalate', async (req, res, next) => {
  try {
    const customer = await customers.findById(req.params.customerId);
    const { subject, priority = 'normal' } = req.body;

    const ticketRes = await fetch(TICKETS_API, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Customer-Phone': customer.phone,
      },
      body: JSON.stringify({ customerId: customer.customerId, subject, priority }),
    });
    const ticket = await ticketRes.json();

    if (priority === 'urgent') {
      await fetch('https://api.callrouter.io/v1/callbacks', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Callback-Phone': customer.phone,
        },
        body: JSON.stringify({ queue: 'billing', ticketRef: ticket.id }),
      });
    }

    res.status(201).json({ ticketId: ticket.id });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
