import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { splitIdentifier } from '../../server/src/analysis/values/identifier-words';
import { Lexicon } from '../../server/src/analysis/values/lexicon';

const lexicon = Lexicon.builtin();
const category = (id: string, receiver?: string) => lexicon.match(id, receiver)?.category;

describe('identifier words', () => {
  it('splits camelCase, snake_case, kebab-case and acronyms', () => {
    assert.deepEqual(splitIdentifier('customerEmailAddress'), ['customer', 'email', 'address']);
    assert.deepEqual(splitIdentifier('date_of_birth'), ['date', 'of', 'birth']);
    assert.deepEqual(splitIdentifier('x-forwarded-for'), ['x', 'forwarded', 'for']);
    assert.deepEqual(splitIdentifier('userID'), ['user', 'id']);
    assert.deepEqual(splitIdentifier('XMLHttpRequest'), ['xml', 'http', 'request']);
  });

  it('folds Norwegian letters so both spellings meet', () => {
    assert.deepEqual(splitIdentifier('fødselsnummer'), ['fodselsnummer']);
    assert.deepEqual(splitIdentifier('kjønnOgAlder'), ['kjonn', 'og', 'alder']);
  });
});

describe('lexicon', () => {
  it('recognises personal data by the head noun, in English and Norwegian', () => {
    assert.equal(category('email'), 'user.contact.email');
    assert.equal(category('customerEmail'), 'user.contact.email');
    assert.equal(category('epost'), 'user.contact.email');
    assert.equal(category('kundeEpostadresse'), 'user.contact.email');
    assert.equal(category('fnr'), 'user.government_id.national_identification_number');
    assert.equal(category('fødselsnummer'), 'user.government_id.national_identification_number');
    assert.equal(category('phoneNumber'), 'user.contact.phone_number');
    assert.equal(category('mobilnummer'), 'user.contact.phone_number');
    assert.equal(category('kontonummer'), 'user.financial.bank_account');
    assert.equal(category('dateOfBirth'), 'user.demographic.date_of_birth');
    assert.equal(category('clientIp'), 'user.device.ip_address');
  });

  it('does not take look-alikes for personal data', () => {
    for (const id of [
      'emailTemplateId',
      'nameSpace',
      'addressBar',
      'emailVerified',
      'phoneCount',
      'fileName',
      'productName',
      'companyName',
      'orderId',
      'isMobile',
      'hasPhone',
    ]) {
      assert.equal(category(id), undefined, id);
    }
  });

  it('needs a person qualifier for ambiguous words', () => {
    assert.equal(category('name'), undefined);
    assert.equal(category('customerName')?.startsWith('user.name'), true);
    assert.equal(category('name', 'user')?.startsWith('user.name'), true);
    assert.equal(category('navn', 'kunde')?.startsWith('user.name'), true);
    assert.equal(category('id', 'customer'), 'user.unique_id');
    assert.equal(category('id', 'order'), undefined);
  });

  it("takes a user's website for personal, a customer's or contact's for the business's", () => {
    assert.equal(category('website', 'user'), 'user.contact.url');
    assert.equal(category('authorHomepage'), 'user.contact.url');
    assert.equal(category('profileWebsite'), 'user.contact.url');
    assert.equal(category('website', 'customer'), undefined);
    assert.equal(category('customerWebsite'), undefined);
    assert.equal(category('website', 'primaryContact'), undefined);
    assert.equal(category('kundeHjemmeside'), undefined);
    // the qualifier rule is the website term's own: a customer's name is still a name
    assert.equal(category('name', 'customer'), 'user.name');
  });

  it('knows where a message goes: the recipient and the number it is sent to, not the sender', () => {
    assert.equal(category('twilioToNumber'), 'user.contact.phone_number');
    assert.equal(category('recipientNumber'), 'user.contact.phone_number');
    assert.equal(category('mottakernummer'), 'user.contact.phone_number');
    assert.equal(category('whapiRecipient'), 'user.contact');
    assert.equal(category('recipients'), 'user.contact');
    assert.equal(category('mentioned_mobile_list'), 'user.contact.phone_number', 'the people a chat message mentions');
    for (const id of ['fromNumber', 'recipientCount', 'receiverType', 'isRecipient', 'number', 'mobileLayout'])
      assert.equal(category(id), undefined, id);
  });

  it('reads an addressing key of a message request only beside the message, and not over an id under `to`', () => {
    const addressee = (key: string, siblings: string[], value?: string) => lexicon.addressee(key, siblings, value)?.category;
    assert.equal(addressee('user', ['token', 'message']), 'user.unique_id');
    assert.equal(addressee('peer_id', ['access_token', 'message']), 'user.unique_id');
    assert.equal(addressee('number', ['apikey', 'msg', 'gateway']), 'user.contact.phone_number');
    assert.equal(addressee('to', ['from', 'text'], 'smsTo'), 'user.contact');
    assert.equal(addressee('user', ['token', 'priority']), undefined, 'no message beside it');
    assert.equal(addressee('userName', ['message']), undefined, 'the whole key, not its head noun');
    assert.equal(addressee('chat_id', ['text']), undefined, 'a chat may be a group');
    assert.equal(addressee('to', ['bot_id', 'message'], 'receiverId'), undefined, 'an id under `to` may name a group');
  });

  it('treats masked values and trailing words sensibly', () => {
    assert.equal(category('maskedEmail'), undefined);
    assert.equal(category('emailValue'), 'user.contact.email');
    assert.equal(category('emails'), 'user.contact.email');
    assert.equal(category('emailHash'), 'user.contact.email', 'a hash is pseudonymised data, still personal');
  });

  it("adds a codebase's own names from personalData", () => {
    const extended = lexicon.withExtra([{ category: 'user.unique_id', names: ['vismaKundeId', 'partnerRef'] }]);
    assert.equal(extended.match('vismaKundeId')?.category, 'user.unique_id');
    assert.equal(extended.match('partnerRef')?.category, 'user.unique_id');
    assert.equal(lexicon.match('partnerRef'), undefined, 'the built-in lexicon is left as it was');
  });
});
