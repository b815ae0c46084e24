import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeProject, summarize } from '../support/temp-project';

// Shapes of HTTP calls that plain Node services (notification providers, SMS gateways) write.

describe('a neutral value placed where a name says what it is', () => {
  it('keeps what the key or the wrapper parameter says when the value comes through a callback or a relay', () => {
    const { dir, findings } = analyzeProject({
      'src/broadcast.js': `const axios = require('axios');
function sendSms(phoneNumber, text) {
  return axios.post('https://api.sms-gateway.example.com/send', { to: phoneNumber, text });
}
async function broadcast(settings, text) {
  const list = (settings.recipientList || '').split(',').map((r) => r.trim());
  await Promise.all(list.map((r) => axios.post('https://api.chat-gateway.example.com/send', { msisdn: r, text })));
  for (const entry of list) await sendSms(entry, text);
  await Promise.all(list.map((r) => axios.post('https://api.chat-gateway.example.com/groups', { groupId: r, text })));
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
