'use strict';

const express = require('express');
const { sendCode } = require('../services/sms');
const { BillingService } = require('../services/billing');
const { sendReceipt } = require('../services/mail');

const router = express.Router();
const billing = new BillingService(process.env.STRIPE_SECRET_KEY);

router.post('/members', async (req, res, next) => {
  try {
    const { email, fullName, phone } = req.body;
    const member = { id: `m_${Date.now()}`, email, fullName };
    const customerId = await billing.register(member);
    await sendReceipt(email, fullName, 499);
    await sendCode(phone, String(Math.floor(100000 + Math.random() * 900000)));
    res.status(201).json({ customerId });
  } catch (err) {
    next(err);
  }
});

router.get('/prices', async (_req, res) => {
  res.json(await billing.priceList());
});

module.exports = router;
