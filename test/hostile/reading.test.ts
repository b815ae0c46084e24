import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readTextFile, UnsafeFileError } from '../../server/src/analysis/workspace/safe-fs';
import { assertNoCrash, CUSTOMER_TYPE, disclose, hostileWorkspace, scratchFolder, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 60_000 };
const base = { 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE };

function findingsOf(stdout: string): Array<{ ruleId: string; file: string }> {
  return JSON.parse(stdout).findings;
}

describe('reading: devices, FIFOs and links in a workspace', () => {
  it('refuses `policy: /dev/zero` with a located message instead of reading for ever', T, () => {
    const dir = hostileWorkspace({ ...base, '.disclose.yaml': 'policy: /dev/zero\n' }, { git: true });
    const run = disclose(['check', '.', '--format', 'json'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.disclose\.yaml:1:9: error: The policy pack \/dev\/zero is a device, not a regular file/);
  });

  it('refuses a policy pack that is a FIFO without blocking on it', T, () => {
    const dir = hostileWorkspace({ ...base, 'pack.yaml': { fifo: true }, '.disclose.yaml': 'policy: pack.yaml\n' }, { git: true });
    const run = disclose(['check', '.', '--format', 'json'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /pack\.yaml is a FIFO \(named pipe\), not a regular file/);
  });

  it('refuses a committed .disclose.yaml that links to /dev/zero', T, () => {
    const dir = hostileWorkspace({ ...base, '.disclose.yaml': { link: '/dev/zero' } }, { git: true });
    const run = disclose(['check', '.', '--format', 'json'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.disclose\.yaml:1:1: error: Cannot read .*\.disclose\.yaml: is a device, not a regular file/);
  });

  it('analyses on when tsconfig.json links to /dev/zero: the finding is still there', T, () => {
    const dir = hostileWorkspace({ ...base, 'tsconfig.json': { link: '/dev/zero' } }, { git: true });
    const run = disclose(['check', '.', '--format', 'json'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      findingsOf(run.stdout).map((f) => f.file),
      ['src/signup.ts'],
    );
  });

  it('skips a source file that is a FIFO, named explicitly or found in a folder', T, () => {
    const dir = hostileWorkspace({ ...base, 'src/pipe.ts': { fifo: true } }, { git: true });
    const explicit = disclose(['check', 'src/pipe.ts', 'src/signup.ts', 'src/customer.ts', '--format', 'json'], dir);
    assertNoCrash(explicit);
    assert.match(explicit.stderr, /skipped src\/pipe\.ts: is a FIFO \(named pipe\), not a regular file/);
    assert.equal(findingsOf(explicit.stdout).length, 1);
    const walked = disclose(['check', '.', '--format', 'json'], dir);
    assertNoCrash(walked);
    assert.equal(findingsOf(walked.stdout).length, 1);
  });

  it('refuses `--baseline` that is a device or a FIFO', T, () => {
    const dir = hostileWorkspace({ ...base, 'baseline.json': { fifo: true } }, { git: true });
    for (const [arg, kind] of [
      ['/dev/zero', 'a device'],
      ['baseline.json', 'a FIFO \\(named pipe\\)'],
    ] as const) {
      const run = disclose(['check', '.', '--baseline', arg], dir);
      assertNoCrash(run);
      assert.equal(run.status, 2);
      assert.match(run.stderr, new RegExp(`Cannot read the baseline .*: is ${kind}, not a regular file`));
    }
  });

  it('refuses `--config` that is a device or a FIFO', T, () => {
    const dir = hostileWorkspace({ ...base, 'ci.yaml': { fifo: true } }, { git: true });
    for (const [arg, kind] of [
      ['/dev/zero', 'a device'],
      ['ci.yaml', 'a FIFO \\(named pipe\\)'],
    ] as const) {
      const run = disclose(['check', '.', '--config', arg], dir);
      assertNoCrash(run);
      assert.equal(run.status, 2);
      assert.match(run.stderr, new RegExp(`:1:1: error: Cannot read .*: is ${kind}, not a regular file`));
    }
  });

  it('refuses `merge` of a device, and never echoes a file it cannot parse', T, () => {
    const dir = hostileWorkspace({ 'secret.json': 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG\n' });
    const dev = disclose(['merge', '/dev/zero'], dir);
    assertNoCrash(dev);
    assert.equal(dev.status, 2);
    assert.match(dev.stderr, /is a device, not a regular file/);
    for (const args of [
      ['merge', 'secret.json'],
      ['check', '.', '--baseline', 'secret.json'],
    ]) {
      const run = disclose(args, dir);
      assertNoCrash(run);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /not valid JSON/);
      assert.doesNotMatch(run.stderr, /AWS|wJalr/);
    }
  });

  it('refuses a policy pack that lies outside the workspace, without echoing its keys', T, () => {
    const outside = scratchFolder();
    fs.writeFileSync(path.join(outside, 'credentials.yaml'), 'database_password: hunter2\nstripe_live_key: sk_live_123\n');
    const dir = hostileWorkspace(
      { ...base, 'pack.yaml': { link: path.join(outside, 'credentials.yaml') }, '.disclose.yaml': 'policy: pack.yaml\n' },
      { git: true },
    );
    const run = disclose(['check', '.'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /lies outside the workspace once symbolic links are resolved/);
    assert.doesNotMatch(run.stderr, /database_password|stripe_live_key|hunter2/);
    const direct = hostileWorkspace({ ...base, '.disclose.yaml': `policy: ${path.join(outside, 'credentials.yaml')}\n` }, { git: true });
    const run2 = disclose(['check', '.'], direct);
    assertNoCrash(run2);
    assert.equal(run2.status, 2);
    assert.doesNotMatch(run2.stderr, /database_password|stripe_live_key|hunter2/);
  });

  it('bounds every read: a file larger than its kind allows is refused unread', T, () => {
    const dir = scratchFolder();
    const big = path.join(dir, 'pack.yaml');
    fs.writeFileSync(big, 'x'.repeat(2 * 1024 * 1024));
    assert.throws(
      () => readTextFile(big, { kind: 'policy' }),
      (e: unknown) => e instanceof UnsafeFileError && e.code === 'too-large',
    );
    assert.equal(readTextFile(big, { kind: 'sarif' }).length, 2 * 1024 * 1024);
  });
});
