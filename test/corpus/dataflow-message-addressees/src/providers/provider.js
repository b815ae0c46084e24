'use strict';

const { HttpsProxyAgent } = require('https-proxy-agent');

/**
 * Base of the alert providers. Each provider reads what the user typed into its settings form
 * (API keys, the numbers or user keys to alert) and posts the alert text to its service.
 */
class AlertProvider {
  requestConfig(extra = {}) {
    const proxy = process.env.ALERT_PROXY;
    const config = { timeout: 15000, ...extra };
    if (proxy) {
      config.httpsAgent = new HttpsProxyAgent(proxy);
      config.proxy = false;
    }
    return config;
  }

  shorten(text, max) {
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
  }

  fail(error) {
    const detail = error.response ? JSON.stringify(error.response.data) : error.message;
    throw new Error(`${this.name}: ${detail}`);
  }
}

module.exports = AlertProvider;
