import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { discoverFiles, isTestCode } from '../../server/src/analysis/workspace-files';
import { normaliseSettings } from '../../server/src/lsp/settings';
import { CORPUS } from '../support/paths';
import { runCli } from '../support/run-cli';
import { writeProject } from '../support/temp-project';

describe('test code is not production', () => {
  it('knows test files and test folders by the path below the scanned folder', () => {
    for (const rel of ['src/user.test.ts', 'src/user.spec.tsx', 'app/login.e2e.ts', 'ui/Button.stories.tsx', 'src/__tests__/api.ts', 'src/__mocks__/axios.js', 'test/helpers.ts', 'packages/web/tests/setup.mjs', 'e2e/signup.ts', 'cypress/support/commands.js', 'playwright/fixtures.ts'])
      assert.equal(isTestCode(rel), true, rel);
    for (const rel of ['src/user.ts', 'src/testing-library.ts', 'src/contest/entries.ts', 'src/latest.ts', 'src/specs.ts', 'src/protest.tsx', 'tests.ts', 'src/test-utils/../user.ts'])
      assert.equal(isTestCode(rel), false, rel);
  });

  it('skips test code in discovery, unless asked for, and judges a root under test/ by its own layout', () => {
    const dir = writeProject({
      'test/fixtures/app/src/signup.ts': 'export const a = 1;\n',
      'test/fixtures/app/src/signup.test.ts': 'export const b = 1;\n',
      'test/fixtures/app/src/__tests__/flow.ts': 'export const c = 1;\n',
      'test/fixtures/app/e2e/smoke.ts': 'export const d = 1;\n',
    });
    const root = path.join(dir, 'test', 'fixtures', 'app');
    const rel = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
    assert.deepEqual(rel(discoverFiles({ root, paths: [root], maxFileBytes: 1 << 20 }).files), ['src/signup.ts']);
    assert.deepEqual(rel(discoverFiles({ root, paths: [root], maxFileBytes: 1 << 20, includeTests: true }).files), ['e2e/smoke.ts', 'src/__tests__/flow.ts', 'src/signup.test.ts', 'src/signup.ts']);
    // Scanned from the repository root, the fixture folder is itself test code.
    assert.deepEqual(discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1 << 20 }).files, []);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('test callers of a wrapper give no findings and do not make it a wrapper; --include-tests brings them back', () => {
    const project = path.join(CORPUS, 'precision-test-code');
    const lines = (args: string[]) => {
      const run = runCli(['check', '.', '--format', 'json', '--no-cache', ...args], project);
      assert.equal(run.status, 1, run.stderr);
      return (JSON.parse(run.stdout) as { findings: Array<{ file: string; line: number }> }).findings.map((f) => `${f.file}:${f.line}`).sort();
    };
    assert.deepEqual(lines([]), ['src/routes/leads.ts:13']);
    const all = lines(['--include-tests']);
    assert.ok(all.includes('src/routes/leads.ts:13'));
    assert.ok(all.some((l) => l.startsWith('src/lib/__tests__/crm-client.test.ts:')), all.join(' '));
    assert.ok(all.some((l) => l.startsWith('tests/slack.spec.ts:')), all.join(' '));
  });

  it('the editor setting disclose.includeTests is read and defaults to off', () => {
    assert.equal(normaliseSettings({}).includeTests, false);
    assert.equal(normaliseSettings({ includeTests: true }).includeTests, true);
    assert.equal(normaliseSettings({ includeTests: 'yes' }).includeTests, false);
  });
});
