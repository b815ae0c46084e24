// The sink classifier on its own: which calls of realistic code hand data to something outside
// the process, which of their arguments carry the data, and what endpoint they go to.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayStr } from '../../server/src/analysis/values/string-evaluator';
import { callsTo, onlyCallTo, stageKit } from '../support/in-memory-program';

const ERROR_REPORTING = `
import * as Sentry from '@sentry/node';
import type { Request, Response, NextFunction } from 'express';

interface SessionUser {
  id: string;
  email: string;
  fullName: string;
}

export function attachUser(req: Request & { user?: SessionUser }, _res: Response, next: NextFunction) {
  const user = req.user;
  if (user) Sentry.setUser({ id: user.id, email: user.email });
  next();
}

export function reportFailure(err: Error, user: SessionUser) {
  Sentry.captureException(err, { extra: { customerName: user.fullName } });
  Sentry.addBreadcrumb({ category: 'billing', message: 'invoice run failed' });
}
`;

const CRM_SYNC = `
import axios from 'axios';

const crm = axios.create({
  baseURL: 'https://api.pipedrive.com/v1',
  headers: { 'Content-Type': 'application/json' },
});

interface Lead {
  email: string;
  phone: string;
  company: string;
}

export async function pushLead(lead: Lead) {
  await crm.post('/persons', { email: [lead.email], phone: [lead.phone], org_name: lead.company });
}

export async function countLeads() {
  const { data } = await crm.get('/persons/summary');
  return Math.max(0, data.total_count);
}
`;

const NEWSLETTER = `
interface Subscriber {
  email: string;
  locale: string;
}

export async function subscribe(subscriber: Subscriber) {
  const response = await fetch('https://newsletter.mailerlite.example/api/subscribers?source=footer', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: subscriber.email, language: subscriber.locale }),
  });
  return response.ok;
}

export async function lookup(subscriber: Subscriber) {
  return fetch(\`https://newsletter.mailerlite.example/api/subscribers/\${encodeURIComponent(subscriber.email)}\`);
}
`;

function sentCategories(kit: ReturnType<typeof stageKit>, sink: { data: Parameters<typeof kit.data.concretize>[0] }): string[] {
  return [...new Set(kit.data.sentItems(kit.data.concretize(sink.data)).map((i) => i.category))].sort();
}

describe('sink classifier', () => {
  const kit = stageKit({
    'src/middleware/sentry.ts': ERROR_REPORTING,
    'src/crm/pipedrive.ts': CRM_SYNC,
    'src/newsletter/subscribe.ts': NEWSLETTER,
  });

  it('recognises a catalog SDK call by its module, with the vendor and the arguments the catalog names', () => {
    const sf = kit.file('src/middleware/sentry.ts');
    const setUser = kit.sinks.classify(onlyCallTo(sf, 'Sentry.setUser'));
    assert.equal(setUser?.kind, 'sdk');
    assert.equal(setUser?.label, 'Sentry.setUser');
    assert.equal(setUser?.sdk?.entry.vendor, 'Sentry');
    assert.equal(setUser?.sdk?.module, '@sentry/node');
    assert.deepEqual(sentCategories(kit, setUser!), ['user.contact.email', 'user.unique_id']);
  });

  it('reads only the argument the catalog says carries data: the context of captureException, not the error', () => {
    const sf = kit.file('src/middleware/sentry.ts');
    const capture = kit.sinks.classify(onlyCallTo(sf, 'Sentry.captureException'));
    assert.equal(capture?.kind, 'sdk');
    const items = kit.data.sentItems(kit.data.concretize(capture!.data));
    assert.ok(items.length > 0 && items.every((i) => /fullName/.test(i.text)), items.map((i) => i.text).join(', '));
  });

  it('gives no sink for an SDK call outside the catalog list of sending calls', () => {
    const sf = kit.file('src/middleware/sentry.ts');
    const crumb = kit.sinks.classify(onlyCallTo(sf, 'Sentry.addBreadcrumb'));
    assert.ok(crumb === undefined || sentCategories(kit, crumb).length === 0);
    assert.equal(kit.sinks.classify(onlyCallTo(sf, 'next')), undefined);
  });

  it('follows an axios instance to its baseURL, and the body argument of post', () => {
    const sf = kit.file('src/crm/pipedrive.ts');
    const post = kit.sinks.classify(onlyCallTo(sf, 'crm.post'));
    assert.equal(post?.kind, 'axios');
    assert.equal(displayStr(post!.endpoint), 'https://api.pipedrive.com/v1/persons');
    assert.deepEqual(sentCategories(kit, post!), ['user.contact.email', 'user.contact.organization', 'user.contact.phone_number']);
    const get = kit.sinks.classify(onlyCallTo(sf, 'crm.get'));
    assert.equal(get?.kind, 'axios');
    assert.deepEqual(sentCategories(kit, get!), []);
    assert.equal(kit.sinks.classify(onlyCallTo(sf, 'Math.max')), undefined);
  });

  it('reads the body and the URL of fetch: personal data in a path segment is sent too', () => {
    const sf = kit.file('src/newsletter/subscribe.ts');
    const [post, get] = callsTo(sf, 'fetch').map((c) => kit.sinks.classify(c));
    assert.equal(post?.kind, 'fetch');
    assert.equal(displayStr(post!.endpoint), 'https://newsletter.mailerlite.example/api/subscribers?source=footer');
    const posted = sentCategories(kit, post!);
    assert.ok(posted.includes('user.contact.email'), posted.join(', '));
    assert.equal(get?.kind, 'fetch');
    assert.match(displayStr(get!.endpoint), /^https:\/\/newsletter\.mailerlite\.example\/api\/subscribers\//);
    assert.deepEqual(sentCategories(kit, get!), ['user.contact.email']);
  });
});
