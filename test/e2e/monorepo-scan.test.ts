import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient, PUSH_CAPABILITIES } from '../support/lsp-client';
import { CORPUS } from '../support/paths';
import { runCli } from '../support/run-cli';
import { writeProject } from '../support/temp-project';

/** A temporary repository (it holds `.git`, which bounds the model's upward search). */
function writeRepo(files: Record<string, string>): string {
  const dir = writeProject(files);
  fs.mkdirSync(path.join(dir, '.git'));
  return dir;
}

const rel = (dir: string, f: string | undefined) => (f ? path.relative(dir, f).split(path.sep).join('/') : undefined);

describe('scanning a monorepo', () => {
  const monorepos = fs.readdirSync(CORPUS).filter((d) => d.startsWith('monorepo-'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-monorepo-'));
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  /** `file:line rule` relative to the monorepo root, from a `check --format json` run in `folder`. */
  function findingsOf(repo: string, folder: string): string[] {
    const run = runCli(['check', folder, '--format', 'json', '--no-cache', '--fail-on', 'never'], repo);
    // A package of configuration only (a shared tsconfig) has no sources to check: exit 2, said so.
    if (run.status === 2 && /No TypeScript or JavaScript files found/.test(run.stderr)) return [];
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { findings: Array<{ file: string; line: number; ruleId: string }> };
    const base = path.resolve(repo, folder);
    return report.findings.map((f) => `${rel(repo, path.join(base, f.file))}:${f.line} ${f.ruleId}`);
  }

  /** The folders of a monorepo's packages and projects: every folder with a package.json or project.json. */
  function packageFolders(repo: string): string[] {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.')) continue;
        const abs = path.join(d, e.name);
        if (fs.existsSync(path.join(abs, 'package.json')) || fs.existsSync(path.join(abs, 'project.json'))) out.push(rel(repo, abs)!);
        walk(abs);
      }
    };
    walk(repo);
    return out;
  }

  it('finds from the root exactly what scanning each package folder finds', () => {
    assert.ok(monorepos.length >= 3, 'the corpus holds the monorepo family');
    for (const name of monorepos) {
      // Each monorepo as its own repository, as a user would check it out.
      const repo = path.join(work, name);
      fs.cpSync(path.join(CORPUS, name), repo, { recursive: true });
      fs.mkdirSync(path.join(repo, '.git'));
      const fromRoot = findingsOf(repo, '.').sort();
      const folders = packageFolders(repo);
      assert.ok(folders.length >= 2, `${name}: packages found`);
      const union = [...new Set(folders.flatMap((f) => findingsOf(repo, f)))].sort();
      assert.ok(fromRoot.length > 0, `${name}: the monorepo has findings`);
      assert.deepEqual(union, fromRoot, name);
    }
  });

  it('a changed tsconfig alias changes a cached result', () => {
    const repo = writeRepo({
      'apps/web/tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
      'apps/web/src/lib/crm.ts': [
        "export async function upsertLead(lead: { email: string; fullName: string }) {",
        "  await fetch('https://api.pipedrive.example/v1/persons', {",
        "    method: 'POST',",
        "    headers: { 'content-type': 'application/json' },",
        '    body: JSON.stringify({ email: lead.email, name: lead.fullName }),',
        '  });',
        '}',
        '',
      ].join('\n'),
      'apps/web/src/routes/signup.ts': [
        "import { upsertLead } from '@/lib/crm';",
        '',
        'export async function signup(form: { email: string; fullName: string; password: string }) {',
        '  await upsertLead({ email: form.email, fullName: form.fullName });',
        '  return { ok: true };',
        '}',
        '',
      ].join('\n'),
    });
    const env = { XDG_CACHE_HOME: path.join(repo, '.cache-home') };
    const files = () => {
      const run = runCli(['check', '.', '--format', 'json', '--fail-on', 'never'], repo, env);
      assert.equal(run.status, 0, run.stderr);
      return (JSON.parse(run.stdout) as { findings: Array<{ file: string; line: number }> }).findings.map((f) => `${f.file}:${f.line}`);
    };
    assert.deepEqual(files(), ['apps/web/src/routes/signup.ts:4'], 'through the alias, the finding stands at the caller');
    assert.deepEqual(files(), ['apps/web/src/routes/signup.ts:4'], 'the cached run agrees');
    // The alias now points elsewhere: the import no longer resolves and the wrapper stands alone.
    fs.writeFileSync(path.join(repo, 'apps/web/tsconfig.json'), '{ "compilerOptions": { "paths": { "@/*": ["./app/*"] } } }');
    assert.deepEqual(files(), ['apps/web/src/lib/crm.ts:2']);
  });

  it('the language server resolves a package’s imports with its own tsconfig and the workspace packages', async () => {
    const repo = path.join(work, 'lsp-pnpm');
    fs.cpSync(path.join(CORPUS, 'monorepo-pnpm-next-email'), repo, { recursive: true });
    const client = new LspClient({ rootUri: pathToFileURL(repo).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      const file = path.join(repo, 'apps/web/src/app/api/signup/route.ts');
      const uri = pathToFileURL(file).href;
      await client.open(uri, fs.readFileSync(file, 'utf8'));
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0);
      assert.deepEqual(p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`), ['21:undeclared-recipient']);
      // The package no longer names the email package's sources: the caller's finding goes.
      const manifest = path.join(repo, 'packages/email/package.json');
      fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('"@acme/email"', '"@acme/mailer"'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(manifest).href, type: 2 }] });
      await client.waitForDiagnostics(uri, (x) => x.diagnostics.length === 0);
    } finally {
      client.kill();
    }
  });

  it('the language server, on a folder that is one package of a monorepo, knows its callers in the other packages', async () => {
    const repo = path.join(work, 'lsp-yarn');
    fs.cpSync(path.join(CORPUS, 'monorepo-yarn-exports-dist'), repo, { recursive: true });
    fs.mkdirSync(path.join(repo, '.git'));
    const folder = path.join(repo, 'packages/analytics');
    const client = new LspClient({ rootUri: pathToFileURL(folder).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      const wrapper = path.join(folder, 'src/server.ts');
      const uri = pathToFileURL(wrapper).href;
      await client.open(uri, fs.readFileSync(wrapper, 'utf8'));
      // The billing route passes the customer's data: the finding is its, not the wrapper's.
      const p = await client.waitForDiagnostics(uri);
      assert.deepEqual(p.diagnostics.map((d) => d.code), []);
      // Without that caller the wrapper's own `userId` parameter is what reaches Segment.
      const route = path.join(repo, 'services/billing-api/src/routes/subscriptions.ts');
      fs.writeFileSync(route, fs.readFileSync(route, 'utf8').replace(/from '@northwind\/analytics\/server'/, "from './no-analytics'"));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(route).href, type: 2 }] });
      await client.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'undeclared-recipient' && d.range.start.line === 10));
    } finally {
      client.kill();
    }
  });
});
