'use strict';

const axios = require('axios');

const CHAT_API = 'https://chat-api.groupchat.example.th/message/api/v1';
const BOT_API = 'https://api.botgram.example.org';

/**
 * Alerts for an operations team, posted to team chats. Every message goes to a group or chat
 * the team set up, named by the chat service's own id; the bot's name is a constant.
 */
class GroupAlerts {
  constructor(settings) {
    this.settings = settings;
  }

  headers() {
    return { Authorization: `Bearer ${this.settings.accessToken}`, 'Content-Type': 'application/json' };
  }

  async postToGroup(text) {
    const payload = {
      to: this.settings.groupId,
      bot_id: this.settings.botId,
      type: 'text',
      message: text,
    };
    await axios.post(`${CHAT_API}/push_message`, payload, { headers: this.headers() });
  }

  async postToChat(text) {
    await axios.post(`${BOT_API}/bot${this.settings.botToken}/sendMessage`, {
      chat_id: this.settings.chatId,
      text,
      parse_mode: 'HTML',
      disable_notification: this.settings.silent === true,
    });
  }

  async postAsBot(channelHook, text) {
    await axios.post(channelHook, {
      user: 'ops-monitor',
      number: 1,
      message: text,
    });
  }

  async postDigest(alerts) {
    const lines = alerts.map((a) => `${a.monitorName}: ${a.status}`);
    await axios.post(`${CHAT_API}/broadcast`, {
      bot_id: this.settings.botId,
      message: lines.join('\n'),
      count: alerts.length,
    }, { headers: this.headers() });
  }
}

module.exports = { GroupAlerts };
