'use strict';

const twilio = require('twilio');

let client;

/** Created on first use so the worker can boot without credentials in CI. */
function smsClient() {
  if (!client) {
    client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN, { lazyLoading: true });
  }
  return client;
}

async function sendCode(phoneNumber, code) {
  return smsClient().messages.create({
    to: phoneNumber,
    from: process.env.TWILIO_FROM,
    body: `Din engangskode er ${code}`,
  });
}

async function pingOps(text) {
  return smsClient().messages.create({ to: process.env.OPS_PHONE, from: process.env.TWILIO_FROM, body: text });
}

module.exports = { sendCode, pingOps };
