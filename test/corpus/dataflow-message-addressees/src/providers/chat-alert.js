'use strict';

const axios = require('axios');
const AlertProvider = require('./provider');

/** Direct messages through a social network's messaging API, to the peer the user chose. */
class ChatAlert extends AlertProvider {
  name = 'chat';

  async send(notification, text) {
    const form = new URLSearchParams({
      access_token: notification.chatAccessToken,
      v: notification.chatApiVersion || '5.199',
      peer_id: notification.chatPeer,
      message: text,
      random_id: String(Math.floor(Math.random() * 2147483647)),
    });
    try {
      const response = await axios.post('https://api.socialchat.example.ru/method/messages.send', form, this.requestConfig());
      if (response.data?.error) throw new Error(response.data.error.error_msg);
      return 'Sent';
    } catch (error) {
      this.fail(error);
    }
  }
}

module.exports = ChatAlert;
