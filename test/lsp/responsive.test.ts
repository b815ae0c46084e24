import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { SERVER_COMMANDS } from '../../shared/protocol';
import { LspClient, PUSH_CAPABILITIES } from '../support/lsp-client';
import { writeProject } from '../support/temp-project';

// A small product: a CRM client wrapper, a signup route and a newsletter job that use it.
const CRM = `import axios from 'axios';

export interface Contact {
  email: string;
  firstName: string;
  plan: 'free' | 'team' | 'enterprise';
}

const client = axios.create({ baseURL: 'https://api.pipedrive.com/v1', timeout: 5000 });

/** Creates or updates the person in the CRM; sales follows up on team plans. */
export async function upsertContact(contact: Contact, source: string): Promise<void> {
  await client.post('/persons', { email: contact.email, name: contact.firstName, label: source });
}
`;

const SIGNUP = `import { upsertContact, type Contact } from '../crm/contacts';

interface SignupForm {
  email: string;
  firstName: string;
  plan: Contact['plan'];
  acceptedTerms: boolean;
}

export async function handleSignup(form: SignupForm): Promise<{ ok: boolean }> {
  if (!form.acceptedTerms) return { ok: false };
  await upsertContact({ email: form.email, firstName: form.firstName, plan: form.plan }, 'signup');
  return { ok: true };
}
`;

const NEWSLETTER = `import { upsertContact } from '../crm/contacts';

interface Subscriber {
  email: string;
  firstName: string;
}

export async function syncSubscribers(subscribers: Subscriber[]): Promise<number> {
  let synced = 0;
  for (const s of subscribers) {
    await upsertContact({ email: s.email, firstName: s.firstName, plan: 'free' }, 'newsletter');
    synced++;
  }
  return synced;
}
`;

const ANALYTICS = `export async function trackCheckout(user: { email: string; phone: string }, total: number): Promise<void> {
  await fetch('https://api.segment.io/v1/track', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'checkout', email: user.email, phone: user.phone, total }),
  });
}
`;

const FILES = {
  'src/crm/contacts.ts': CRM,
  'src/routes/signup.ts': SIGNUP,
  'src/jobs/newsletter.ts': NEWSLETTER,
  'src/analytics/checkout.ts': ANALYTICS,
};

describe('a language server that never blocks', () => {
  it('answers hovers and code actions while the data-sharing report is being built', async () => {
    const dir = writeProject(FILES);
    // Every stage of an analysis in a worker waits: the report takes a while; nothing else may.
    const client = new LspClient({
      rootUri: pathToFileURL(dir).href,
      capabilities: PUSH_CAPABILITIES,
      settings: { debounceMs: 0 },
      env: { DISCLOSE_TEST_SLOW_STAGE_MS: '400' },
    });
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(dir, 'src/analytics/checkout.ts')).href;
      await client.open(uri, ANALYTICS);
      const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 60000);
      const d = published.diagnostics[0]!;

      const order: string[] = [];
      const report = client.connection
        .sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.sharingReport, arguments: [] })
        .then((html) => {
          order.push('report');
          return html as string;
        });
      const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start }).then((h) => {
        order.push('hover');
        return h as Hover;
      });
      const actions = client.connection
        .sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })
        .then((a) => {
          order.push('code actions');
          return a as unknown[];
        });
      const [h, a, html] = await Promise.all([hover, actions, report]);
      assert.deepEqual(order, ['hover', 'code actions', 'report'], 'the hover and the code actions did not wait for the report');
      assert.match((h.contents as { value: string }).value, /segment|api\.segment\.io/i);
      assert.ok(a.length > 0, 'the finding offers its quick fixes');
      // The report itself is complete: every file's flows, the signup's through the CRM wrapper.
      assert.match(html, /pipedrive/i);
      assert.match(html, /segment/i);
    } finally {
      client.kill();
    }
  });

  it('a newer edit stops the running analysis of an older version, whose diagnostics are never published', async () => {
    const dir = writeProject(FILES);
    const client = new LspClient({
      rootUri: pathToFileURL(dir).href,
      capabilities: PUSH_CAPABILITIES,
      settings: { debounceMs: 0 },
      env: { DISCLOSE_TEST_SLOW_STAGE_MS: '1500', DISCLOSE_DEBUG: '1' },
    });
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(dir, 'src/analytics/checkout.ts')).href;
      await client.open(uri, ANALYTICS);
      await client.waitForDiagnostics(uri, (p) => p.version === 1, 60000);
      // Every publication from here to version 3's.
      const versions: number[] = [];
      const third = client.waitForDiagnostics(
        uri,
        (p) => {
          if (p.version !== undefined && p.version > 1) versions.push(p.version);
          return p.version === 3;
        },
        60000,
      );
      // Version 2 no longer sends the phone number; version 3 sends nothing personal at all.
      await client.change(uri, 2, ANALYTICS.replace(', phone: user.phone', ''));
      // Long enough for version 2's analysis to be under way (its first stage waits 1.5 s).
      await new Promise((r) => setTimeout(r, 500));
      await client.change(uri, 3, ANALYTICS.replace('email: user.email, phone: user.phone, ', ''));
      const last = await third;
      assert.equal(last.diagnostics.length, 0, 'version 3 shares nothing personal');
      assert.ok(
        client.logs.some((l) => /checkout\.ts version 2 stopped while running/.test(l)),
        `version 2's analysis was stopped in the worker, not left to finish:\n${client.logs.join('\n')}`,
      );
      assert.ok(!versions.includes(2), `no diagnostics were published for version 2 (published: ${versions.join(', ')})`);
    } finally {
      client.kill();
    }
  });

  it('an analysis thread that dies is started again, and the server goes on', async () => {
    const dir = writeProject({ ...FILES, 'src/broken.ts': `// __end_the_worker__\n${ANALYTICS}` });
    const client = new LspClient({
      rootUri: pathToFileURL(dir).href,
      capabilities: PUSH_CAPABILITIES,
      settings: { debounceMs: 0 },
      env: { DISCLOSE_TEST_WORKER_EXIT: '__end_the_worker__' },
    });
    try {
      await client.initialize();
      const broken = pathToFileURL(path.join(dir, 'src/broken.ts')).href;
      await client.open(broken, `// __end_the_worker__\n${ANALYTICS}`);
      const cleared = await client.waitForDiagnostics(broken, () => true, 60000);
      assert.equal(cleared.diagnostics.length, 0, 'the crashed analysis leaves no stale diagnostics');
      assert.ok(
        client.logs.some((l) => /analysis thread stopped/.test(l)),
        client.logs.join('\n'),
      );
      const uri = pathToFileURL(path.join(dir, 'src/analytics/checkout.ts')).href;
      await client.open(uri, ANALYTICS);
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0, 60000);
      assert.ok(
        p.diagnostics.some((d) => /segment/i.test(d.message)),
        'the new thread analyses the next document',
      );
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});
