import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { urlMatches } from '../../server/src/analysis/recipients/endpoint-patterns';
import { assertNoCrash, CUSTOMER_TYPE, disclose, hostileWorkspace, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 60_000 };
const base = { 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE };

/** Twenty services, each with its own sink, so a slow pattern is paid twenty times. */
function manySinks(): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [
      `src/service${i}.ts`,
      SIGNUP_SERVICE.replace('registerCustomer', `registerCustomer${i}`).replace('crm.example.com', `crm${i}.example.com`),
    ]),
  );
}

describe('matching: patterns cost linear time and have bounds', () => {
  it('a 500 KB `urls:` pattern is refused with a located error, quickly and without echoing it', T, () => {
    const pattern = 'https://' + '*a'.repeat(250_000);
    const dir = hostileWorkspace(
      { ...base, '.disclose.yaml': `recipients:\n  - id: crm\n    category: partner\n    match:\n      urls: ["${pattern}"]\n` },
      { git: true },
    );
    const started = Date.now();
    const run = disclose(['check', '.'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.disclose\.yaml:5:\d+: error: .*1024/);
    assert.ok(run.stderr.length < 2000, 'the pattern is not echoed');
    assert.ok(Date.now() - started < 15_000);
  });

  it('the longest patterns the schema allows, as many as it allows, over twenty sinks: seconds, not minutes', T, () => {
    const patterns = Array.from({ length: 400 }, (_, i) => `https://${'*a'.repeat(500)}/${i}`.slice(0, 1024));
    const yaml = `recipients:\n  - id: crm\n    category: partner\n    match:\n      urls:\n${patterns.map((p) => `        - "${p}"`).join('\n')}\n`;
    const dir = hostileWorkspace({ 'src/customer.ts': CUSTOMER_TYPE, ...manySinks(), '.disclose.yaml': yaml }, { git: true });
    const started = Date.now();
    const run = disclose(['check', '.', '--format', 'json', '--no-cache'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(JSON.parse(run.stdout).findings.length, 20);
    assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
  });

  it('a 50 MB policy pack is refused by its size limit, unread', T, () => {
    const dir = hostileWorkspace({ ...base, '.disclose.yaml': 'policy: huge.yaml\n' }, { git: true });
    const fd = fs.openSync(path.join(dir, 'huge.yaml'), 'w');
    fs.ftruncateSync(fd, 50 * 1024 * 1024);
    fs.closeSync(fd);
    const started = Date.now();
    const run = disclose(['check', '.'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /huge\.yaml is larger than the size limit \(51200 KiB; Disclose reads at most 1024 KiB\)/);
    assert.ok(Date.now() - started < 15_000);
  });

  it('a pattern built to backtrack matches in linear time', () => {
    const pattern = 'https://' + '*a'.repeat(500) + 'b';
    const url = 'https://' + 'a'.repeat(1000);
    const started = Date.now();
    for (let i = 0; i < 50; i++) assert.equal(urlMatches(pattern, url), false);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.equal(urlMatches('https://api.example.com/**', 'https://api.example.com/v1/users?x=1'), true);
    assert.equal(urlMatches('https://api.example.com/*/users', 'https://api.example.com/v1/users'), true);
    assert.equal(urlMatches('https://api.example.com/*/users', 'https://api.example.com/v1/v2/users'), false);
  });
});
