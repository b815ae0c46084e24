import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { ConfigResolver } from '../../server/src/analysis/config/config-resolver';
import { analyze } from '../../server/src/analysis/engine';
import { discoverFiles } from '../../server/src/analysis/workspace/workspace-files';
import { summarize, writeProject } from '../support/temp-project';

// A top-level function that reaches a sink is reached by its name and through the module object;
// calls of other values' members of the same name (`map.get`, `c.get`) are not resolved to it.
const client = `const API = 'https://api.crm-partner.example/v2';

export async function get(path: string): Promise<unknown> {
  const res = await fetch(\`\${API}\${path}\`);
  return res.json();
}

export async function post(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(\`\${API}\${path}\`, { method: 'POST', body: JSON.stringify(body) });
  return res.json();
}
`;

describe('calls of a module-level function as a member', () => {
  it('are followed through a namespace import, require, and an object literal that holds the function', () => {
    const dir = writeProject({
      'src/crm/client.ts': client,
      'src/crm/contacts.ts': `import * as crm from './client';

export async function syncContact(contact: { email: string; fullName: string }) {
  await crm.post('/contacts', { email: contact.email, name: contact.fullName });
}
`,
      'src/crm/legacy.js': `const crm = require('./client');

async function lookupByPhone(customer) {
  return crm.get('/contacts?phone=' + encodeURIComponent(customer.phone));
}

module.exports = { lookupByPhone };
`,
      'src/crm/facade.ts': `import { get, post } from './client';

const api = { get, post };

export async function archiveMember(member: { email: string }) {
  await api.post('/archive', { email: member.email });
}
`,
      'src/routes/lookup.ts': `const seen = new Map<string, number>();

export function remember(user: { email: string }): number {
  const hits = (seen.get(user.email) ?? 0) + 1;
  seen.set(user.email, hits);
  return hits;
}
`,
    });
    const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1 << 20 });
    const resolver = new ConfigResolver();
    // The editor's whole-file analysis and the CLI's focused run.
    for (const focus of [false, true]) {
      const { findings } = analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), focus });
      assert.deepEqual(
        summarize(dir, findings),
        [
          'src/crm/contacts.ts:4 undeclared-recipient [user.contact.email, user.name]',
          'src/crm/facade.ts:6 undeclared-recipient [user.contact.email]',
          'src/crm/legacy.js:4 undeclared-recipient [user.contact.phone_number]',
        ],
        `focus ${focus}`,
      );
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
