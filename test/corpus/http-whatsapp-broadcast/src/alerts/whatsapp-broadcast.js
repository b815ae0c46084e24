'use strict';

const axios = require('axios');

const API = 'https://api.chatgate.example.com/v2';

/** Splits a comma- or semicolon-separated list typed into the settings page. */
function splitList(value) {
  return (value || '')
    .split(/[;,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

class WhatsappBroadcast {
  constructor(settings) {
    this.settings = settings;
  }

  requestConfig() {
    return {
      headers: { Authorization: `Bearer ${this.settings.apiToken}`, 'Content-Type': 'application/json' },
      timeout: 10000,
    };
  }

  async broadcast(settings, text) {
    const config = this.requestConfig();
    const recipients = splitList(settings.recipientList);
    const groups = splitList(settings.groupList);

    // One message per person: the gateway takes a single number per call.
    await Promise.all(
      recipients.map((recipient) => {
        const message = {
          msisdn: recipient,
          text,
        };
        return axios.post(`${API}/sendMessage`, message, config);
      }),
    );

    // Group chats are addressed by the gateway's own group id.
    await Promise.all(
      groups.map((groupId) => {
        const message = { groupId, text };
        return axios.post(`${API}/sendGroup`, message, config);
      }),
    );

    await axios.post(`${API}/stats`, { sent: recipients.length + groups.length }, config);
    return `Sent to ${recipients.length} recipient(s) and ${groups.length} group(s)`;
  }
}

module.exports = { WhatsappBroadcast, splitList };
