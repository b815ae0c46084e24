'use strict';

const axios = require('axios');

/**
 * WhatsApp messages through a hosted API. Self-hosting users may point the provider at their own
 * server; everybody else uses the vendor's cloud, the default written here.
 */
async function sendWhatsapp(settings, text) {
  const config = {
    headers: { Authorization: `Bearer ${settings.apiToken}`, 'Content-Type': 'application/json' },
  };

  const data = {
    phone: settings.recipientPhone,
    body: text,
  };

  const url = (settings.apiUrl || 'https://gate.whatsgate.example.cloud/').replace(/([^/])\/+$/, '$1') + '/messages/text';
  await axios.post(url, data, config);
  return 'Sent';
}

/** Same vendor, older instance-based API: the host is optional, the path names the instance. */
async function sendViaInstance(settings, text) {
  const payload = { phoneNumber: settings.recipientPhone, text };
  const instance = encodeURIComponent(settings.instanceName);
  await axios.post(`${settings.host || 'https://instances.whatsgate.example.cloud'}/message/sendText/${instance}`, payload, {
    headers: { apikey: settings.apiToken },
  });
}

/** Delivery report of the user's own webhook: only a configured URL, no default vendor. */
async function forwardToWebhook(settings, text) {
  await axios.post(settings.webhookUrl, { phone: settings.recipientPhone, text });
}

/** Health check of the same API: nothing about the recipient. */
async function ping(settings) {
  const base = settings.apiUrl || 'https://gate.whatsgate.example.cloud';
  const response = await axios.get(`${base}/health`, { headers: { Authorization: `Bearer ${settings.apiToken}` } });
  return response.status === 200;
}

module.exports = { sendWhatsapp, sendViaInstance, forwardToWebhook, ping };
