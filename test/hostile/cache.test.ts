import { strict as assert } from 'node:assert';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/paths';
import { assertNoCrash, CUSTOMER_TYPE, disclose, hostileWorkspace, scratchFolder, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 90_000 };

function entries(cache: string): string[] {
  const dir = path.join(cache, 'disclose', 'runs');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(dir, f));
}

function findings(stdout: string): string[] {
  return (JSON.parse(stdout).findings as Array<{ file: string; ruleId: string }>).map((f) => `${f.file} ${f.ruleId}`);
}

/** A client wrapper reached through a tsconfig `paths` alias. */
const API_CLIENT = `export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
`;
const API_STUB = `export async function postJson(url: string, body: unknown): Promise<void> {
  console.debug('offline mode', url, typeof body);
}
`;
const NEWSLETTER = `import { postJson } from '@/api/client';

export async function subscribe(user: { email: string; name: string }): Promise<void> {
  await postJson('https://mailer.example.com/v3/subscribers', { email: user.email });
}
`;

describe('cache: a cached run says what a fresh run says', () => {
  it('a changed custom policy pack is not answered from the cache', T, () => {
    const cache = scratchFolder();
    const pack = fs
      .readFileSync(path.join(PROJECT_ROOT, 'rules', 'policies', 'visma-no.yaml'), 'utf8')
      .replace(/^id: visma-no/m, 'id: acme');
    const dir = hostileWorkspace(
      {
        'src/customer.ts': CUSTOMER_TYPE,
        'src/signup.ts': SIGNUP_SERVICE,
        'policy/acme.yaml': pack,
        '.disclose.yaml':
          'policy: policy/acme.yaml\nrecipients:\n  - id: crm\n    category: partner\n    match: { hosts: [crm.example.com] }\n',
      },
      { git: true },
    );
    const first = disclose(['check', '.', '--format', 'json'], dir, { XDG_CACHE_HOME: cache });
    assertNoCrash(first);
    fs.writeFileSync(path.join(dir, 'policy/acme.yaml'), pack.replace(/- id: partner\n(.*\n){2}/, ''));
    const cached = disclose(['check', '.', '--format', 'json'], dir, { XDG_CACHE_HOME: cache });
    const fresh = disclose(['check', '.', '--format', 'json', '--no-cache'], dir, { XDG_CACHE_HOME: cache });
    assertNoCrash(cached);
    assert.equal(fresh.status, 2, fresh.stderr);
    assert.equal(cached.status, fresh.status);
    assert.equal(cached.stderr, fresh.stderr);
  });

  it('a changed tsconfig `paths` is not answered from the cache', T, () => {
    const cache = scratchFolder();
    const tsconfig = (target: string) => JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/api/*': [`${target}/*`] } } });
    const dir = hostileWorkspace(
      {
        'src/api/client.ts': API_CLIENT,
        'src/stub/client.ts': API_STUB,
        'src/newsletter.ts': NEWSLETTER,
        'tsconfig.json': tsconfig('src/stub'),
      },
      { git: true },
    );
    const before = disclose(['check', '.', '--format', 'json'], dir, { XDG_CACHE_HOME: cache });
    assert.equal(before.status, 0, before.stderr);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), tsconfig('src/api'));
    const cached = disclose(['check', '.', '--format', 'json'], dir, { XDG_CACHE_HOME: cache });
    const fresh = disclose(['check', '.', '--format', 'json', '--no-cache'], dir, { XDG_CACHE_HOME: cache });
    assert.deepEqual(findings(fresh.stdout), ['src/newsletter.ts undeclared-recipient']);
    assert.deepEqual(findings(cached.stdout), findings(fresh.stdout));
  });

  it('a planted entry (the right key, no valid HMAC) is not trusted', T, () => {
    const cache = scratchFolder();
    const dir = hostileWorkspace({ 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE }, { git: true });
    assert.equal(disclose(['check', '.'], dir, { XDG_CACHE_HOME: cache }).status, 1);
    const [entry] = entries(cache);
    const head = JSON.parse(fs.readFileSync(entry!, 'utf8').split('\n')[0]!) as { key: string };
    fs.writeFileSync(
      entry!,
      `${JSON.stringify({ key: head.key, mac: '00'.repeat(32) })}\n${JSON.stringify({ findings: [], flows: [], problems: [] })}`,
    );
    const run = disclose(['check', '.'], dir, { XDG_CACHE_HOME: cache });
    assert.equal(run.status, 1, 'the planted "no findings" was ignored');
    assert.match(run.stdout, /crm\.example\.com/);
  });

  it('an entry of the wrong types (even with a valid HMAC) is recomputed, not a crash', T, () => {
    const cache = scratchFolder();
    const dir = hostileWorkspace({ 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE }, { git: true });
    assert.equal(disclose(['check', '.'], dir, { XDG_CACHE_HOME: cache }).status, 1);
    const secret = fs.readFileSync(path.join(cache, 'disclose', 'secret'));
    const [entry] = entries(cache);
    const head = JSON.parse(fs.readFileSync(entry!, 'utf8').split('\n')[0]!) as { key: string };
    for (const body of ['{"findings": [{"location": 5}], "flows": [], "problems": []}', '{"findings": "none"}', 'null', '[1, 2']) {
      const mac = createHmac('sha256', secret).update(head.key).update('\0').update(body).digest('hex');
      fs.writeFileSync(entry!, `${JSON.stringify({ key: head.key, mac })}\n${body}`);
      const run = disclose(['check', '.'], dir, { XDG_CACHE_HOME: cache });
      assertNoCrash(run);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /crm\.example\.com/);
    }
  });

  it('entries are private: the folder 0700, entries and the key 0600', T, () => {
    const cache = scratchFolder();
    const dir = hostileWorkspace({ 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE }, { git: true });
    disclose(['check', '.'], dir, { XDG_CACHE_HOME: cache });
    assert.equal(fs.statSync(path.join(cache, 'disclose')).mode & 0o777, 0o700);
    assert.equal(fs.statSync(path.join(cache, 'disclose', 'runs')).mode & 0o777, 0o700);
    assert.equal(fs.statSync(path.join(cache, 'disclose', 'secret')).mode & 0o777, 0o600);
    for (const e of entries(cache)) assert.equal(fs.statSync(e).mode & 0o777, 0o600);
    assert.ok(entries(cache).length > 0);
  });
});
