// The data evaluator on its own: what personal data an expression of realistic service code
// carries, asked of the stage directly rather than read off a finding.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initializerOf, onlyCallTo, returnedBy, stageKit } from '../support/in-memory-program';

const CUSTOMER_SERVICE = `
import { db } from './db';

export interface Customer {
  id: string;
  email: string;
  phone: string;
  plan: 'free' | 'pro';
  seats: number;
}

function maskEmail(value: string): string {
  const [local, domain] = value.split('@');
  return local.slice(0, 1) + '***@' + domain;
}

function hashEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function toCrmContact(customer: Customer) {
  return { contactEmail: customer.email, tier: customer.plan };
}

export async function buildPayloads(customerId: string) {
  const customer: Customer = await db.customers.findById(customerId);
  const billingEvent = { plan: customer.plan, seats: customer.seats };
  const signupEvent = { email: customer.email, phone: customer.phone, plan: customer.plan };
  const masked = { email: maskEmail(customer.email) };
  const hashed = { emailHash: hashEmail(customer.email) };
  const contact = toCrmContact(customer);
  const stats = { customers: [customer].length };
  return { billingEvent, signupEvent, masked, hashed, contact, stats };
}
`;

function categories(items: readonly { category: string }[]): string[] {
  return [...new Set(items.map((i) => i.category))].sort();
}

describe('data evaluator', () => {
  const kit = stageKit({ 'src/customers/service.ts': CUSTOMER_SERVICE });
  const sf = kit.file('src/customers/service.ts');
  const carried = (name: string) => categories(kit.data.sentItems(kit.data.eval(initializerOf(sf, name))));

  it('finds the e-mail and phone in an object literal built from a customer record', () => {
    assert.deepEqual(carried('signupEvent'), ['user.contact.email', 'user.contact.phone_number']);
  });

  it('keeps the object shape: a payload of plan and seat count carries no personal data', () => {
    assert.deepEqual(carried('billingEvent'), []);
    const v = kit.data.eval(initializerOf(sf, 'signupEvent'));
    assert.deepEqual([...(v.fields?.keys() ?? [])].sort(), ['email', 'phone', 'plan']);
    assert.deepEqual(categories(kit.data.sentItems(v.fields!.get('plan')!)), []);
  });

  it('treats a masking function as removing the data, a hash as keeping it', () => {
    assert.deepEqual(carried('masked'), []);
    assert.deepEqual(carried('hashed'), ['user.contact.email']);
  });

  it('follows a codebase function: its return value carries what the caller passed in', () => {
    assert.deepEqual(carried('contact'), ['user.contact.email']);
    const v = kit.data.eval(onlyCallTo(sf, 'toCrmContact'));
    const tier = v.fields?.get('tier');
    assert.ok(tier);
    assert.deepEqual(categories(kit.data.sentItems(tier)), []);
  });

  it('says a count of records identifies no one', () => {
    assert.deepEqual(carried('stats'), []);
  });

  it('records where each item comes from (file, line and the source text)', () => {
    const items = kit.data.sentItems(kit.data.eval(initializerOf(sf, 'signupEvent')));
    const email = items.find((i) => i.category === 'user.contact.email')!;
    assert.equal(email.file, sf.fileName);
    assert.match(email.text, /email/);
    const line = sf.text.split('\n').findIndex((l) => l.includes('const signupEvent'));
    assert.equal(email.line, line);
  });

  it('the returned object of a function holds each of its fields', () => {
    const v = kit.data.eval(returnedBy(sf, 'buildPayloads'));
    const signup = v.fields?.get('signupEvent');
    assert.ok(signup && v.fields?.has('billingEvent'));
    assert.deepEqual(categories(kit.data.sentItems(signup)), ['user.contact.email', 'user.contact.phone_number']);
  });
});

describe('data evaluator: objects turned into text', () => {
  // A record whose fields only its declared type names: sent whole, they travel; put into a
  // template or concatenated, the object reads "[object Object]" and its fields do not.
  const SOURCE = `
export interface Owner {
  id: string;
  email: string;
  phone: string;
}

function loadOwner(): Owner {
  return JSON.parse(sessionStorage.getItem('owner') ?? '{}');
}

export function payloads() {
  const whole = loadOwner();
  const subject = \`New signup for \${loadOwner()}\`;
  const line = 'Owner: ' + loadOwner();
  return { whole, subject, line };
}
`;
  const kit = stageKit({ 'src/owners.ts': SOURCE });
  const sf = kit.file('src/owners.ts');
  const carried = (name: string) => categories(kit.data.sentItems(kit.data.eval(initializerOf(sf, name))));

  it('an object sent whole carries the personal fields its type declares', () => {
    assert.deepEqual(carried('whole'), ['user.contact.email', 'user.contact.phone_number', 'user.unique_id']);
  });

  it('the same object in a template or a concatenation carries none of them', () => {
    assert.deepEqual(carried('subject'), []);
    assert.deepEqual(carried('line'), []);
  });
});

describe('data evaluator: configured sanitizers and Norwegian names', () => {
  const SOURCE = `
import { toPublicProfile } from '@acme/privacy';

interface Ansatt {
  fodselsnummer: string;
  epost: string;
  avdeling: string;
}

export function lagRapport(ansatt: Ansatt) {
  const rapport = { fnr: ansatt.fodselsnummer, epost: ansatt.epost, avdeling: ansatt.avdeling };
  const renset = toPublicProfile(rapport);
  return { rapport, renset };
}
`;

  const carried = (kit: ReturnType<typeof stageKit>, name: string) => {
    const v = kit.data.eval(initializerOf(kit.file('src/hr/rapport.ts'), name));
    return { v, categories: categories(kit.data.sentItems(kit.data.concretize(v))) };
  };

  it('leaves what a parameter holds to the callers, and says what its names tell when none does', () => {
    const kit = stageKit({ 'src/hr/rapport.ts': SOURCE });
    const { v, categories: found } = carried(kit, 'rapport');
    // Owed to parameter 0 (`ansatt`): a caller that passes a known record says more.
    const refs = [...(v.fields?.values() ?? [])].flatMap((f) => f.refs);
    assert.ok(refs.length > 0 && refs.every((r) => r.index === 0));
    assert.deepEqual(kit.data.sentItems(v), []);
    assert.ok(found.includes('user.contact.email'), found.join(', '));
    assert.ok(
      found.some((c) => c.startsWith('user.government_id')),
      found.join(', '),
    );
    assert.ok(!found.some((c) => c.includes('department')), 'avdeling is not personal');
  });

  it('a configured sanitizer clears its result; without it, the same call passes the data on', () => {
    const clean = stageKit({ 'src/hr/rapport.ts': SOURCE }, { sanitizers: ['toPublicProfile'] });
    assert.deepEqual(carried(clean, 'renset').categories, []);
    const plain = stageKit({ 'src/hr/rapport.ts': SOURCE });
    assert.ok(carried(plain, 'renset').categories.includes('user.contact.email'));
  });
});
