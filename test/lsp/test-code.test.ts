import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient, PUSH_CAPABILITIES } from '../support/lsp-client';
import { writeProject } from '../support/temp-project';

const WRAPPER = `export async function pushLead(lead: { email: string; company: string }): Promise<void> {
  await fetch('https://api.hubapi.com/crm/v3/objects/contacts', { method: 'POST', body: JSON.stringify({ properties: lead }) });
}
`;
const CALLER = `import { pushLead } from '../crm';

export async function seedLead(fixture: { email: string; company: string }): Promise<void> {
  await pushLead({ email: fixture.email, company: fixture.company });
}
`;

describe('language server: an open test file', () => {
  for (const includeTests of [false, true]) {
    it(`is ${includeTests ? 'analysed with disclose.includeTests' : 'not analysed by default'}`, async () => {
      const dir = writeProject({ 'src/crm.ts': WRAPPER, 'src/__tests__/leads.test.ts': CALLER, 'src/app/leads.ts': CALLER });
      const client = new LspClient({
        rootUri: pathToFileURL(dir).href,
        capabilities: PUSH_CAPABILITIES,
        settings: { debounceMs: 0, includeTests },
      });
      try {
        await client.initialize();
        // The same code outside a test folder is a finding either way: the server is working.
        const app = pathToFileURL(path.join(dir, 'src/app/leads.ts')).href;
        await client.open(app, CALLER);
        const seen = await client.waitForDiagnostics(app, (p) => p.diagnostics.length > 0);
        assert.deepEqual(
          seen.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`),
          ['4:undeclared-recipient'],
        );
        const test = pathToFileURL(path.join(dir, 'src/__tests__/leads.test.ts')).href;
        await client.open(test, CALLER);
        const p = await client.waitForDiagnostics(test, () => true);
        assert.deepEqual(
          p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`),
          includeTests ? ['4:undeclared-recipient'] : [],
        );
      } finally {
        client.kill();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
