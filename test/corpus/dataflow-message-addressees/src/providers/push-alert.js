'use strict';

const axios = require('axios');
const AlertProvider = require('./provider');

const PUSH_API = 'https://api.pushnotice.example.com/1/messages.json';

/** Push notifications to the phone of whoever configured the alert, addressed by their user key. */
class PushAlert extends AlertProvider {
  name = 'push';

  async send(notification, text, monitor = null) {
    const data = {
      token: notification.pushAppToken,
      user: notification.pushaccountkey,
      message: text,
      title: notification.pushTitle || 'Monitor alert',
      priority: notification.pushPriority ?? 0,
    };
    if (notification.pushDevice) data.device = notification.pushDevice;
    if (monitor) data.url_title = monitor.name;

    try {
      await axios.post(PUSH_API, data, this.requestConfig());
      return 'Sent';
    } catch (error) {
      this.fail(error);
    }
  }

  /** Sounds offered in the settings form: only the application token is sent. */
  async listSounds(notification) {
    const response = await axios.get('https://api.pushnotice.example.com/1/sounds.json', {
      params: { token: notification.pushAppToken },
    });
    return Object.keys(response.data.sounds);
  }
}

module.exports = PushAlert;
