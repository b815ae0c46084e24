'use strict';

const axios = require('axios');
const AlertProvider = require('./provider');

/** SMS through a REST gateway that wants a form body; the API key goes in the path. */
class FormSms extends AlertProvider {
  name = 'form-sms';

  async send(settings, text) {
    // The gateway turns emoji into question marks.
    const plain = text.replaceAll('🔴 ', '').replaceAll('✅ ', '');
    const body = new URLSearchParams();
    body.append('from', settings.formSmsFrom.trim());
    body.append('to', settings.formSmsTo.trim());
    body.append('text', plain);

    try {
      await axios.post(`https://rest.formsms.example.net/smsc/sendsms/${settings.formSmsApiKey}/json`, body, this.requestConfig());
      return 'Sent';
    } catch (error) {
      this.fail(error);
    }
  }
}

module.exports = FormSms;
