import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeProject, summarize } from '../support/temp-project';

// Shapes of HTTP calls that plain Node services (notification providers, SMS gateways) write.

describe('a neutral value placed where a name says what it is', () => {
  it('keeps what the key or the wrapper parameter says when the value comes through a callback or a relay, and narrows a recipient to it', () => {
    const { dir, findings } = analyzeProject({
      'src/broadcast.js': `const axios = require('axios');
function sendSms(phoneNumber, text) {
  return axios.post('https://api.sms-gateway.example.com/send', { to: phoneNumber, text });
}
async function broadcast(settings, text) {
  const list = (settings.recipientList || '').split(',').map((r) => r.trim());
  await Promise.all(list.map((r) => axios.post('https://api.chat-gateway.example.com/send', { msisdn: r, text })));
  for (const entry of list) await sendSms(entry, text);
  const groups = (settings.groupList || '').split(',');
  await Promise.all(groups.map((g) => axios.post('https://api.chat-gateway.example.com/groups', { groupId: g, text })));
}
module.exports = { broadcast };
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/broadcast.js:7 undeclared-recipient [user.contact.phone_number]',
      'src/broadcast.js:8 undeclared-recipient [user.contact.phone_number]',
    ]);
  });
});

describe('axios request configs', () => {
  it('read the url of axios(config) from a config variable, and a baseURL from the request config', () => {
    const { dir, findings } = analyzeProject({
      'src/sms.js': `const axios = require('axios');
function withProxy(config) {
  if (process.env.HTTPS_PROXY) config.proxy = false;
  return config;
}
async function sendSigned(settings, text) {
  let config = { method: 'POST', url: 'https://sms.signed-gateway.example.com/', data: { PhoneNumbers: settings.phoneNumber, text } };
  config = withProxy(config);
  return axios(config);
}
async function sendViaBase(settings, text) {
  const config = { baseURL: 'https://gateway.rest-sms.example.io/api/', headers: { 'X-Api-Key': settings.apiKey } };
  await axios.post('sms', { to: settings.phoneNumber, text }, config);
  await axios.request({ method: 'post', url: 'voice', baseURL: 'https://gateway.rest-sms.example.io/api/', data: { to: settings.phoneNumber } });
  await axios('fax', { method: 'post', baseURL: 'https://gateway.rest-sms.example.io/api/', data: { to: settings.phoneNumber } });
}
async function remember(settings, config) {
  await axios.post('/api/recipients', { phone: settings.phoneNumber }, config);
  await axios.post('/api/recipients', { phone: settings.phoneNumber }, { timeout: 3000 });
}
module.exports = { sendSigned, sendViaBase, remember };
`,
    });
    assert.deepEqual(
      findings.map((f) => `${summarize(dir, [f])[0]} ${f.endpoint}`),
      [
        'src/sms.js:9 undeclared-recipient [user.contact.phone_number] https://sms.signed-gateway.example.com/',
        'src/sms.js:13 undeclared-recipient [user.contact.phone_number] https://gateway.rest-sms.example.io/api/sms',
        'src/sms.js:14 undeclared-recipient [user.contact.phone_number] https://gateway.rest-sms.example.io/api/voice',
        'src/sms.js:15 undeclared-recipient [user.contact.phone_number] https://gateway.rest-sms.example.io/api/fax',
      ],
    );
  });
});

describe('a URL setting with a literal default', () => {
  it('resolves to the default for a field of a settings parameter, but leaves a bare parameter and the environment to decide', () => {
    const { dir, findings } = analyzeProject(
      {
        'src/notify.js': `const axios = require('axios');
async function notify(settings, text) {
  const data = { phone: settings.recipientPhone, text };
  await axios.post((settings.apiUrl || 'https://gate.chat-vendor.example.cloud/').replace(/([^/])\\/+$/, '$1') + '/messages/text', data);
  await axios.post(\`\${settings.host || 'https://api.chat-vendor.example.cloud'}/send\`, data);
  await axios.post(process.env.CHAT_URL || 'https://api.chat-vendor.example.cloud/send', data);
  await axios.post(settings.webhookUrl, data);
}
async function relay(baseUrl, settings) {
  await axios.post((baseUrl || 'https://api.chat-vendor.example.cloud') + '/send', { phone: settings.recipientPhone });
}
async function main(settings) {
  await relay('https://relay.partner.example.org', settings);
}
module.exports = { notify, main };
`,
      },
      { reportUnresolved: true },
    );
    assert.deepEqual(
      findings.map((f) => `${summarize(dir, [f])[0]} ${f.endpoint}`),
      [
        'src/notify.js:4 undeclared-recipient [user.contact.phone_number] https://gate.chat-vendor.example.cloud/messages/text',
        'src/notify.js:5 undeclared-recipient [user.contact.phone_number] https://api.chat-vendor.example.cloud/send',
        'src/notify.js:6 unresolved-endpoint [user.contact.phone_number] ${CHAT_URL}',
        'src/notify.js:7 unresolved-endpoint [user.contact.phone_number] ${…}',
        'src/notify.js:13 undeclared-recipient [user.contact.phone_number] https://relay.partner.example.org/send',
      ],
    );
  });
});

describe('query parameters set on a URL', () => {
  it('are named by their key: url.searchParams.set and URLSearchParams.set/append', () => {
    const { dir, findings } = analyzeProject({
      'src/gateway.js': `const axios = require('axios');
async function viaUrl(settings, target) {
  const url = new URL('https://http-api.sms-gateway.example.com/send');
  url.searchParams.set('apikey', settings.apiKey);
  url.searchParams.set('msisdn', target);
  await fetch(url);
}
async function viaParams(settings, target) {
  const params = new URLSearchParams();
  params.append('phone', target);
  await axios.post('https://http-api.sms-gateway.example.com/send', params);
}
async function balance(settings) {
  const url = new URL('https://http-api.sms-gateway.example.com/balance');
  url.searchParams.set('apikey', settings.apiKey);
  await fetch(url);
}
module.exports = { viaUrl, viaParams, balance };
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/gateway.js:6 undeclared-recipient [user.contact.phone_number]',
      'src/gateway.js:11 undeclared-recipient [user.contact.phone_number]',
    ]);
  });
});
