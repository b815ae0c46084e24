'use strict';

const axios = require('axios');

const TELCO_API = 'https://api.telco-cloud.example.com/2010-04-01';

function basicAuth(settings) {
  return 'Basic ' + Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64');
}

/** Text message: the gateway takes form-encoded To/From/Body. */
async function sendSms(settings, text) {
  const form = new URLSearchParams();
  form.append('To', settings.alertToNumber);
  form.append('From', settings.alertFromNumber);
  form.append('Body', text);

  await axios.post(`${TELCO_API}/Accounts/${settings.accountSid}/Messages.json`, form, {
    headers: { Authorization: basicAuth(settings), 'Content-Type': 'application/x-www-form-urlencoded' },
  });
}

/** Voice call that reads the alert out loud. */
async function placeCall(settings, text) {
  const answerUrl = new URL(settings.answerUrl);
  answerUrl.searchParams.set('message', text);
  const data = {
    src: settings.alertFromNumber,
    dst: settings.alertToNumber,
    answer_url: answerUrl.toString(),
  };
  await axios.post(`${TELCO_API}/Accounts/${settings.accountSid}/Call/`, data, {
    headers: { Authorization: basicAuth(settings) },
  });
}

/** Checks that the configured sender number belongs to the account before saving the settings. */
async function verifySender(settings) {
  const response = await axios.get(`${TELCO_API}/Accounts/${settings.accountSid}/Numbers/${settings.alertFromNumber}`, {
    headers: { Authorization: basicAuth(settings) },
  });
  return response.data.capabilities.sms === true;
}

module.exports = { sendSms, placeCall, verifySender };
