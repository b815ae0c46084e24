'use strict';

const axios = require('axios');

/** Chat-app push: the settings hold one recipient (a number or a handle, as the user typed it). */
async function pushChat(settings, text) {
  const message = {
    to: settings.chatRecipient,
    body: text,
    preview_url: false,
  };
  await axios.post('https://graph.chatpush.example.com/v1/messages', message, {
    headers: { Authorization: `Bearer ${settings.chatToken}` },
  });
}

/** Mailing-list campaign: the list is addressed by its id, nobody in particular. */
async function announceRelease(version) {
  await axios.post('https://api.listmailer.example.com/3.0/campaigns', {
    type: 'regular',
    recipients: { list_id: 'a41f09c2' },
    settings: { subject_line: `Version ${version} is out`, from_name: 'Status team' },
  });
}

module.exports = { pushChat, announceRelease };
