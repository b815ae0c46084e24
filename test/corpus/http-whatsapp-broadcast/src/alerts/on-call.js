'use strict';

const axios = require('axios');
const { splitList } = require('./whatsapp-broadcast');

const SMS_URL = 'https://rest.smsrelay.example.net/v1/messages';

async function sendText(mobileNumber, body) {
  const response = await axios.post(SMS_URL, { to: mobileNumber, body, sender: 'OnCall' });
  return response.data.id;
}

/** Pages everyone on the rota when a check has failed twice in a row. */
async function pageOnCall(rota, incident) {
  const text = `[${incident.severity}] ${incident.monitorName} is down since ${incident.since}`;
  const ids = [];
  for (const entry of splitList(rota.pagerNumbers)) {
    ids.push(await sendText(entry, text));
  }
  await axios.post('https://hooks.statuswall.example.com/incidents', {
    monitor: incident.monitorName,
    paged: ids.length,
  });
  return ids;
}

module.exports = { pageOnCall };
