'use strict';

const axios = require('axios');
const crypto = require('crypto');
const qs = require('qs');
const SmsProvider = require('./provider');

/** SMS through a cloud gateway that wants signed, form-encoded requests. */
class CloudSms extends SmsProvider {
  async send(settings, text) {
    const params = {
      PhoneNumbers: settings.phoneNumber,
      TemplateCode: settings.templateCode,
      TemplateParam: JSON.stringify({ text }),
      AccessKeyId: settings.accessKeyId,
      Timestamp: new Date().toISOString(),
      Action: 'SendSms',
    };
    params.Signature = this.sign(params, settings.accessKeySecret);

    let config = {
      method: 'POST',
      url: 'https://sms.cloudgateway.example.com/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      data: qs.stringify(params),
    };
    config = this.withProxy(config);

    const result = await axios(config);
    if (result.data.Code !== 'OK') throw new Error(result.data.Message);
    return true;
  }

  async balance(settings) {
    const config = {
      method: 'GET',
      url: 'https://sms.cloudgateway.example.com/balance',
      params: { AccessKeyId: settings.accessKeyId },
    };
    const result = await axios(config);
    return result.data.balance;
  }

  sign(params, secret) {
    const canonical = Object.keys(params)
      .sort()
      .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`)
      .join('&');
    return crypto.createHmac('sha1', `${secret}&`).update(canonical).digest('base64');
  }
}

module.exports = CloudSms;
