'use strict';

const axios = require('axios');
const AlertProvider = require('./provider');

const GATEWAY = 'https://http-api.smsgate.example.cz/Send';

/** SMS through a gateway that takes everything in the query string of a GET. */
class SmsGateway extends AlertProvider {
  name = 'sms-gateway';

  async send(settings, text) {
    const data = {
      apikey: settings.gatewayApiKey,
      message: this.shorten(text.replace(/[^\x00-\x7F]/g, ''), 160),
      number: settings.gatewayNumbers,
      gateway: settings.gatewayType || 'economy',
    };
    try {
      await axios.get(
        `${GATEWAY}?apikey=${data.apikey}&message=${encodeURIComponent(data.message)}&number=${data.number}&gateway=${data.gateway}`,
        this.requestConfig(),
      );
      return 'Sent';
    } catch (error) {
      this.fail(error);
    }
  }
}

module.exports = SmsGateway;
