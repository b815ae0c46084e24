'use strict';

const { HttpsProxyAgent } = require('https-proxy-agent');

/** Base of the SMS providers: proxy support shared by every request they make. */
class SmsProvider {
  withProxy(requestConfig = {}) {
    const proxy = process.env.NOTIFICATION_PROXY;
    if (proxy) {
      requestConfig.httpsAgent = new HttpsProxyAgent(proxy);
      requestConfig.proxy = false;
    }
    return requestConfig;
  }
}

module.exports = SmsProvider;
