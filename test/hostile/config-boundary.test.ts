import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient, PUSH_CAPABILITIES } from '../support/lsp-client';
import { assertNoCrash, CUSTOMER_TYPE, disclose, hostileWorkspace, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 60_000 };

/** A configuration that would silence the CRM finding (it declares the CRM as a permitted recipient). */
const SILENCING = `recipients:
  - id: crm
    category: group-company
    match: { hosts: [crm.example.com] }
`;

describe('configuration boundaries: a .disclose.yaml above the repository does not govern it', () => {
  it('the CLI ignores a .disclose.yaml in a parent of the repository root', T, () => {
    const outer = hostileWorkspace({
      '.disclose.yaml': SILENCING,
      'repo/src/customer.ts': CUSTOMER_TYPE,
      'repo/src/signup.ts': SIGNUP_SERVICE,
    });
    const repo = path.join(outer, 'repo');
    fs.mkdirSync(path.join(repo, '.git'));
    const run = disclose(['check', '.', '--format', 'json'], repo);
    assertNoCrash(run);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(JSON.parse(run.stdout).findings.length, 1);
    // Inside the repository the same file does govern: the boundary is the repository, not the folder scanned.
    fs.copyFileSync(path.join(outer, '.disclose.yaml'), path.join(repo, '.disclose.yaml'));
    const governed = disclose(['check', 'src', '--format', 'json'], repo);
    assert.equal(governed.status, 0, governed.stderr);
  });

  it('outside any repository the scanned folder is the boundary', T, () => {
    const outer = hostileWorkspace({
      '.disclose.yaml': SILENCING,
      'project/src/customer.ts': CUSTOMER_TYPE,
      'project/src/signup.ts': SIGNUP_SERVICE,
    });
    const run = disclose(['check', '.', '--format', 'json'], path.join(outer, 'project'));
    assertNoCrash(run);
    assert.equal(run.status, 1, run.stderr);
  });

  it('the server ignores a .disclose.yaml above the workspace folder', T, async () => {
    const outer = hostileWorkspace({
      '.disclose.yaml': SILENCING,
      'repo/src/customer.ts': CUSTOMER_TYPE,
      'repo/src/signup.ts': SIGNUP_SERVICE,
    });
    const repo = path.join(outer, 'repo');
    fs.mkdirSync(path.join(repo, '.git'));
    const client = new LspClient({ rootUri: pathToFileURL(repo).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(repo, 'src/signup.ts')).href;
      await client.open(uri, SIGNUP_SERVICE);
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0);
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        ['undeclared-recipient'],
      );
    } finally {
      client.kill();
    }
  });
});
