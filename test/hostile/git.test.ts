import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { assertNoCrash, CUSTOMER_TYPE, disclose, hostileWorkspace, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 60_000 };

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  });
}

/**
 * A repository whose own configuration runs a program at every turn git offers: fsmonitor,
 * a clean filter, an external diff and a textconv driver. Each leaves a marker file if run.
 */
function armRepository(dir: string, markers: string): void {
  const hook = path.join(dir, 'hook.sh');
  fs.writeFileSync(hook, `#!/bin/sh\ntouch "${markers}/ran-$1"\ncat\n`);
  fs.chmodSync(hook, 0o755);
  fs.writeFileSync(path.join(dir, '.gitattributes'), '*.ts filter=audit diff=audit\n');
  git(dir, 'config', 'core.fsmonitor', `${hook} fsmonitor`);
  git(dir, 'config', 'filter.audit.clean', `${hook} clean`);
  git(dir, 'config', 'filter.audit.smudge', `${hook} smudge`);
  git(dir, 'config', 'diff.audit.textconv', `${hook} textconv`);
  git(dir, 'config', 'diff.external', `${hook} external`);
}

describe('git: `check --diff` runs git without running what a repository names', () => {
  it('a repository with an fsmonitor hook, filters and diff drivers: the diff works, nothing runs', T, () => {
    const dir = hostileWorkspace({
      'src/customer.ts': CUSTOMER_TYPE,
      'src/signup.ts': SIGNUP_SERVICE.replace('email: customer.email,', "plan: 'trial',"),
    });
    const markers = hostileWorkspace({});
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'first');
    armRepository(dir, markers);
    fs.writeFileSync(path.join(dir, 'src/signup.ts'), SIGNUP_SERVICE);
    fs.utimesSync(path.join(dir, 'src/signup.ts'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const run = disclose(['check', '.', '--diff', 'main', '--format', 'json'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      (JSON.parse(run.stdout).findings as Array<{ file: string }>).map((f) => f.file),
      ['src/signup.ts'],
    );
    assert.deepEqual(fs.readdirSync(markers), [], 'no program named by the repository ran');
  });

  it('never runs git inside a repository the workspace carries', T, () => {
    const dir = hostileWorkspace({
      'src/customer.ts': CUSTOMER_TYPE,
      'src/signup.ts': SIGNUP_SERVICE,
      'vendor/widget/index.ts': SIGNUP_SERVICE,
    });
    const markers = hostileWorkspace({});
    git(dir, 'init', '-q', '-b', 'main');
    const embedded = path.join(dir, 'vendor/widget');
    git(embedded, 'init', '-q', '-b', 'main');
    git(embedded, 'add', '-A');
    git(embedded, 'commit', '-qm', 'widget');
    armRepository(embedded, markers);
    git(dir, 'add', 'src');
    git(dir, 'commit', '-qm', 'first');
    const run = disclose(['check', 'vendor/widget', '--diff', 'main'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /embedded in the work tree of .*; Disclose does not run git in a repository a workspace carries/);
    assert.deepEqual(fs.readdirSync(markers), []);
  });

  it('a repository run from its own root works even inside another one (a home folder under git)', T, () => {
    const home = hostileWorkspace({ 'proj/src/customer.ts': CUSTOMER_TYPE, 'proj/src/signup.ts': SIGNUP_SERVICE });
    git(home, 'init', '-q', '-b', 'main');
    const proj = path.join(home, 'proj');
    git(proj, 'init', '-q', '-b', 'main');
    git(proj, 'add', '-A');
    git(proj, 'commit', '-qm', 'first');
    fs.writeFileSync(path.join(proj, 'src/newsletter.ts'), SIGNUP_SERVICE.replace('registerCustomer', 'subscribe'));
    const run = disclose(['check', '.', '--diff', 'main', '--format', 'json'], proj);
    assertNoCrash(run);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      (JSON.parse(run.stdout).findings as Array<{ file: string }>).map((f) => f.file),
      ['src/newsletter.ts'],
    );
  });

  it('a revision that looks like an option is refused, not passed to git', T, () => {
    const dir = hostileWorkspace({ 'src/signup.ts': SIGNUP_SERVICE });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'first');
    const run = disclose(['check', '.', '--diff=--output=/tmp/disclose-pwned'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.equal(fs.existsSync('/tmp/disclose-pwned'), false);
  });
});
