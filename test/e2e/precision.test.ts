import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigResolver } from '../../server/src/analysis/config/config-resolver';
import { analyze } from '../../server/src/analysis/engine';
import { UnitMemo } from '../../server/src/analysis/incremental/unit-memo';
import { discoverFiles, isTestCode } from '../../server/src/analysis/workspace/workspace-files';
import { normaliseSettings } from '../../server/src/lsp/settings';
import { CORPUS } from '../support/paths';
import { runCli } from '../support/run-cli';
import { analyzeProject, summarize, writeProject } from '../support/temp-project';

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

/** A realistic chain of `depth` wrapper files between a route and the HTTP call that leaves. */
function chainProject(depth: number): Record<string, string> {
  const files: Record<string, string> = {};
  const layers = ['controller', 'service', 'use-case', 'policy', 'gateway', 'outbox', 'dispatcher', 'client', 'transport', 'wire'];
  const names = Array.from({ length: depth }, (_, i) => `${layers[i % layers.length]!.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}${i}`);
  for (let i = 0; i < depth; i++) {
    const file = `src/layers/${layers[i % layers.length]}-${i}.ts`;
    files[file] = i === depth - 1
      ? `export interface Member { email: string; fullName: string; tier: string }

export async function ${names[i]}(member: Member, attempt: number): Promise<boolean> {
  const res = await fetch('https://api.memberhub.example/v2/members', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-attempt': String(attempt) },
    body: JSON.stringify({ email: member.email, name: member.fullName, tier: member.tier }),
  });
  return res.ok;
}
`
      : `import { ${names[i + 1]} } from './${layers[(i + 1) % layers.length]}-${i + 1}';
import type { Member } from './${layers[(depth - 1) % layers.length]}-${depth - 1}';

export async function ${names[i]}(member: Member, attempt = 1): Promise<boolean> {
  if (attempt > 3) return false;
  const ok = await ${names[i + 1]}(member, attempt);
  return ok || ${names[i]}(member, attempt + 1);
}
`;
  }
  files['src/routes/members.ts'] = `import { Router } from 'express';
import { ${names[0]} } from '../layers/${layers[0]}-0';

export const members = Router();

members.put('/members/:id', async (req, res) => {
  const { email, fullName } = req.body as { email: string; fullName: string };
  const ok = await ${names[0]}({ email, fullName, tier: 'gold' }, 1);
  res.status(ok ? 204 : 502).end();
});
`;
  return files;
}

describe('wrapper chains of any length', () => {
  for (const depth of [5, 7]) {
    it(`a chain of ${depth} wrapper files reports at the outermost call only, with and without focus`, () => {
      const dir = writeProject(chainProject(depth));
      const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1 << 20 });
      const resolver = new ConfigResolver();
      for (const focus of [false, true]) {
        const result = analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), focus });
        assert.deepEqual(summarize(dir, result.findings), ['src/routes/members.ts:8 undeclared-recipient [user.contact.email, user.name]'], `focus ${focus}`);
        assert.deepEqual(result.problems, []);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }

  it('later focus rounds keep what earlier rounds learned: a default export renamed by a new caller, a barrel, a service class', () => {
    const dir = writeProject({
      'src/lib/mailer.ts': `import { Resend } from 'resend';

const resend = process.env.RESEND_API_KEY ? new Resend(process.env.RESEND_API_KEY) : null;

export default async function sendMail(to: string, subject: string, html: string): Promise<void> {
  await resend?.emails.send({ from: 'noreply@tickets.example', to, subject, html });
}
`,
      'src/lib/notify.ts': `import deliver from './mailer';

export interface Owner {
  email: string;
  fullName: string;
}

export async function notifyOwner(owner: Owner, eventTitle: string): Promise<void> {
  await deliver(owner.email, \`New guest for \${eventTitle}\`, \`<p>Hi \${owner.fullName}</p>\`);
}
`,
      'src/lib/index.ts': `export * from './notify';
export { default as sendMail } from './mailer';
`,
      'src/services/invites.ts': `import { notifyOwner } from '../lib';

interface Account {
  id: string;
  email: string;
  fullName: string;
}

export class InviteService {
  async invite(account: Account, eventTitle: string): Promise<void> {
    await notifyOwner({ email: account.email, fullName: account.fullName }, eventTitle);
  }
}
`,
      'src/routes/invites.ts': `import express from 'express';
import { InviteService } from '../services/invites';

const invites = new InviteService();
export const router = express.Router();

router.post('/events/:id/invites', express.json(), async (req, res) => {
  await invites.invite(req.body.account, req.body.eventTitle);
  res.status(204).end();
});
`,
    });
    const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1 << 20 });
    const resolver = new ConfigResolver();
    const expected = ['src/routes/invites.ts:8 undeclared-recipient [user.contact.email, user.name]'];
    for (const focus of [false, true]) {
      const result = analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), focus });
      assert.deepEqual(summarize(dir, result.findings), expected, `focus ${focus}`);
      assert.deepEqual(result.problems, []);
    }
    // The callers come in over more than one round: the result above is the carried one.
    const bounded = analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), focus: true, limits: { focusRounds: 1 } });
    assert.ok(bounded.problems.some((p) => p.limit === 'focus-rounds'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the editor\'s incremental analysis follows the same chain through edits at either end', () => {
    const dir = writeProject(chainProject(7));
    const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1 << 20 });
    const resolver = new ConfigResolver();
    const configFor = (f: string) => resolver.configFor(f);
    const memo = new UnitMemo();
    const overlay = new Map<string, string>();
    const sink = files.find((f) => f.endsWith('-6.ts'))!;
    const route = files.find((f) => f.endsWith('members.ts'))!;
    const sinkText = fs.readFileSync(sink, 'utf8');
    const routeText = fs.readFileSync(route, 'utf8');
    const edits: Array<[string, string]> = [
      [sink, sinkText.replace('email: member.email, ', '')],
      [sink, sinkText],
      [route, routeText.replace('{ email, fullName, tier', "{ email: 'ops@example.com', fullName: 'Ops', tier")],
      [route, routeText],
    ];
    let oldProgram = analyze({ root: dir, files, configFor, overlay, memo }).program;
    for (const [file, text] of edits) {
      overlay.set(file, text);
      const incremental = analyze({ root: dir, files, configFor, overlay, memo, oldProgram });
      oldProgram = incremental.program;
      const fresh = analyze({ root: dir, files, configFor, overlay });
      assert.deepEqual(summarize(dir, incremental.findings), summarize(dir, fresh.findings));
    }
    assert.deepEqual(summarize(dir, analyze({ root: dir, files, configFor, overlay, memo, oldProgram }).findings), ['src/routes/members.ts:8 undeclared-recipient [user.contact.email, user.name]']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('functions calling each other in a cycle are summarised in full, whichever is reached first', () => {
    const { dir, findings } = analyzeProject({
      'src/org-sync.ts': `interface Employee { email: string; managerEmail?: string; reports: Employee[] }

const DIRECTORY = 'https://directory.partnerhr.example/api/people';

export async function syncEmployee(e: Employee, depth: number): Promise<void> {
  await fetch(DIRECTORY, { method: 'POST', body: JSON.stringify({ email: e.email, manager: e.managerEmail }) });
  if (depth < 10) await syncReports(e.reports, depth + 1);
}

export async function syncReports(reports: Employee[], depth: number): Promise<void> {
  for (const r of reports) await syncEmployee(r, depth);
}
`,
      'src/jobs/nightly.ts': `import { syncReports } from '../org-sync';

export async function nightly(loadTeam: () => Promise<Array<{ email: string; reports: [] }>>): Promise<void> {
  const team = await loadTeam();
  await syncReports(team, 0);
}

export async function healthCheck(): Promise<void> {
  await syncReports([], 0);
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/jobs/nightly.ts:5 undeclared-recipient [user.contact.email]']);
  });
});

describe('same-origin URLs are the organisation\'s own backend', () => {
  it('location.origin, document.baseURI and the request a handler serves are internal, not even unresolved', () => {
    const project = path.join(CORPUS, 'precision-same-origin');
    const run = runCli(['check', '.', '--format', 'json', '--no-cache', '--report-unresolved'], project);
    assert.equal(run.status, 1, run.stderr);
    const found = (JSON.parse(run.stdout) as { findings: Array<{ file: string; line: number; ruleId: string }> }).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
    assert.deepEqual(found, ['src/app/api/profile/route.ts:23 undeclared-recipient', 'src/components/ProfileForm.tsx:13 undeclared-recipient']);
  });

  it('a look-alike is not the page origin: a codebase variable named location, an untyped request in a wrapper', () => {
    const { dir, findings } = analyzeProject({
      'src/geo.ts': `const location = { origin: 'https://geo.partner-maps.example' };

export async function saveVisit(email: string): Promise<void> {
  await fetch(\`\${location.origin}/v1/visits\`, { method: 'POST', body: JSON.stringify({ email }) });
}
`,
      'src/forward.js': `export async function forward(request) {
  return fetch(request.url, { method: 'POST', body: JSON.stringify(request.body) });
}
`,
      'src/signup.ts': `import { forward } from './forward';

export async function onSignup(form: { email: string }): Promise<void> {
  await forward({ url: 'https://hooks.leadrelay.example/in', body: { email: form.email } });
}
`,
    }, { reportUnresolved: true });
    assert.deepEqual(summarize(dir, findings), ['src/geo.ts:4 undeclared-recipient [user.contact.email]', 'src/signup.ts:4 undeclared-recipient [user.contact.email]']);
  });
});

describe('same-origin URLs built from the page location', () => {
  it('protocol and host of the page are its own origin; the page protocol with another host is not', () => {
    const { dir, findings } = analyzeProject({
      'src/web/contact.ts': `export async function saveContact(contact: { email: string; phone: string }): Promise<void> {
  const api = \`\${window.location.protocol}//\${window.location.host}/api/contacts\`;
  await fetch(api, { method: 'POST', body: JSON.stringify(contact) });
  await fetch(\`\${location.protocol}//\${location.hostname}:8443/api/audit\`, { method: 'POST', body: JSON.stringify({ email: contact.email }) });
  await fetch(\`\${location.protocol}//chat.supportdesk.example/v1/visitors\`, { method: 'POST', body: JSON.stringify({ email: contact.email }) });
}
`,
    }, { reportUnresolved: true });
    assert.deepEqual(summarize(dir, findings), ['src/web/contact.ts:5 undeclared-recipient [user.contact.email]']);
  });
});

describe('a wrapper blames a caller only for what that caller passes', () => {
  it('optional context destructured with ?? {} or a default: callers without it, or with empty values, are no findings', () => {
    const { dir, findings } = analyzeProject({
      'src/audit.ts': `const AUDIT = 'https://audit.logvendor.example/v1/events';

export async function audit(action: string, actor?: { email?: string; id?: string }, meta: { ip?: string } = {}): Promise<void> {
  const { email, id } = actor ?? {};
  await fetch(AUDIT, { method: 'POST', body: JSON.stringify({ action, actorEmail: email, actorId: id, ip: meta.ip }) });
}
`,
      'src/routes.ts': `import { audit } from './audit';

export async function routes(user: { email: string; id: string }, clientIp: string): Promise<void> {
  await audit('health.checked');
  await audit('cache.flushed', undefined);
  await audit('export.started', {}, {});
  await audit('login', { email: user.email });
  await audit('login.failed', null, { ip: clientIp });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/routes.ts:7 undeclared-recipient [user.contact.email]', 'src/routes.ts:8 undeclared-recipient [user.device.ip_address]']);
  });
});

describe('safety bounds are reported, never silent', () => {
  const project = {
    'src/notify.ts': `export async function notifyTeam(contact: { email: string }): Promise<void> {
  await queueNotice(contact, 'team');
}

async function queueNotice(contact: { email: string }, channel: string): Promise<void> {
  await deliver(contact, channel);
}

async function deliver(contact: { email: string }, channel: string): Promise<void> {
  await fetch('https://notify.pagerhub.example/v1/notices', { method: 'POST', body: JSON.stringify({ email: contact.email, channel }) });
}
`,
    'src/routes.ts': `import { notifyTeam } from './notify';

export async function onTicket(ticket: { reporterEmail: string }): Promise<void> {
  await notifyTeam({ email: ticket.reporterEmail });
}
`,
  };

  it('a wrapper chain deeper than the learning bound gives a problem, and within it the finding', () => {
    const dir = writeProject(project);
    const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1 << 20 });
    const resolver = new ConfigResolver();
    const run = (learningRounds?: number) => analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), limits: { learningRounds } });
    const full = run();
    assert.deepEqual(summarize(dir, full.findings), ['src/routes.ts:4 undeclared-recipient [user.contact.email]']);
    assert.deepEqual(full.problems, []);
    const bounded = run(1);
    assert.equal(bounded.problems.length, 1);
    assert.match(bounded.problems[0]!.message, /followed 1 layers deep and no further/);
    assert.equal(bounded.problems[0]!.limit, 'learning-rounds');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a focused run that reaches its round bound says so', () => {
    const dir = writeProject(project);
    const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1 << 20 });
    const resolver = new ConfigResolver();
    const bounded = analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), focus: true, limits: { focusRounds: 1 } });
    assert.ok(bounded.problems.some((p) => /brought in over 1 rounds and no further/.test(p.message) && p.limit === 'focus-rounds'), JSON.stringify(bounded.problems));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
