'use strict';

const axios = require('axios');
const SmsProvider = require('./provider');

/** SMS through a REST gateway; every path is relative to the gateway's baseURL. */
class GatewaySms extends SmsProvider {
  async send(settings, alert) {
    const data = {
      to: settings.recipientPhone,
      from: settings.smsFrom || 'Monitor',
      text: alert.text,
    };

    let config = {
      baseURL: 'https://gateway.smsrest.example.io/api/',
      headers: { 'X-Api-Key': settings.apiKey },
    };
    config = this.withProxy(config);

    await axios.post('sms', data, config);
    return 'Sent';
  }

  async checkKey(settings) {
    const response = await axios.get('balance', { baseURL: 'https://gateway.smsrest.example.io/api/', headers: { 'X-Api-Key': settings.apiKey } });
    return response.data > 0;
  }

  async recordDelivery(alert) {
    // Our own status API: a relative URL without a baseURL stays in the service.
    await axios.post('/api/alerts/delivered', { alertId: alert.id, to: alert.recipientPhone }, { timeout: 5000 });
  }
}

module.exports = GatewaySms;
