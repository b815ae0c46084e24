import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { EXAMPLES, PROJECT_ROOT } from '../support/paths';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  recipient: string | null;
  dataCategories: string[];
}

const key = (f: JsonFinding) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.recipient ?? '-'} [${f.dataCategories.join(',')}]`;

/** examples/ copied into `<tmp>/<under>`, optionally without its .disclose.yaml; with a `.git` folder at <tmp> when asked. */
function copyExamples(opts: { under?: string; config?: boolean; git?: boolean } = {}): { top: string; dir: string } {
  const top = makeTempDir('disclose-first-hour-');
  const dir = path.join(top, opts.under ?? '');
  fs.cpSync(EXAMPLES, dir, { recursive: true });
  if (opts.config === false) fs.rmSync(path.join(dir, '.disclose.yaml'));
  // A repository is recognised by its .git entry: no git process needed.
  if (opts.git) fs.mkdirSync(path.join(top, '.git'));
  return { top, dir };
}

function jsonFindings(args: string[], cwd: string): JsonFinding[] {
  const run = runCli([...args, '--format', 'json', '--fail-on', 'never', '--no-cache'], cwd);
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

describe('check FILE…: named files keep their workspace', () => {
  it("the pre-commit hook's call reports what the folder's run reports for those files", () => {
    const { dir } = copyExamples({ git: false });
    const hooks = parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; pass_filenames?: boolean }>;
    const hook = hooks.find((h) => h.id === 'disclose')!;
    assert.notEqual(hook.pass_filenames, false, 'pre-commit passes the staged files');
    // The package's command, then its arguments: run here with the built CLI.
    const words = hook.entry.split(/\s+/);
    assert.deepEqual(words.slice(0, 4), ['npx', '--package', 'disclose-privacy', 'disclose']);
    const hookArgs = words.slice(4);
    const folder = jsonFindings(['check', '.'], dir);
    // As pre-commit calls it: the entry, then the staged files relative to the repository's root.
    const staged = ['server/src/routes/support.ts', 'web/src/App.tsx', 'server/src/integrations/lonnspartner.ts'];
    const one = runCli([...hookArgs, 'server/src/routes/support.ts'], dir);
    assert.equal(one.status, 1, one.stdout + one.stderr);
    assert.match(one.stdout, /^server\/src\/routes\/support\.ts:37:\d+ {2}error {2}.*\[category-not-permitted\]$/m);
    assert.match(one.stdout, /2 findings \(1 error, 1 warning, 0 information\) in 1 of 1 file\./);
    for (const files of [['server/src/routes/support.ts'], staged]) {
      const named = jsonFindings([...hookArgs, ...files], dir);
      assert.deepEqual(named.map(key), folder.filter((f) => files.includes(f.file)).map(key), files.join(' '));
    }
  });

  it('wrappers, their callers and SDK calls, each named alone, give the findings the folder run gives them', () => {
    const folder = jsonFindings(['check', 'examples'], PROJECT_ROOT);
    // Wrappers whose findings stand at their callers (community.ts, kundesenter.ts), a wrapper
    // whose own call stands (lonnspartner.ts), the routes that call them, and SDK calls.
    const files = ['server/src/integrations/community.ts', 'server/src/integrations/kundesenter.ts', 'server/src/integrations/lonnspartner.ts', 'server/src/routes/lonn.ts', 'server/src/middleware/auth.ts', 'web/src/analytics.ts'];
    for (const f of files) {
      // Named from the project's root: the workspace is examples/ (its .disclose.yaml), paths relative to where the command ran.
      const named = jsonFindings(['check', `examples/${f}`], PROJECT_ROOT);
      assert.deepEqual(named.map((x) => key({ ...x, file: x.file.replace(/^examples\//, '') })), folder.filter((x) => x.file === f).map(key), f);
    }
  });
});

describe('paths that fit where they are shown', () => {
  it('github and gitlab paths start at the repository root, SARIF at the scanned root (the contract), for folder and file arguments alike', () => {
    const { top } = copyExamples({ under: 'app', git: true });
    const target = 'app/server/src/routes/support.ts';
    const runs: Array<{ args: string[]; cwd: string }> = [
      { args: ['check', 'app'], cwd: top },
      { args: ['check', target], cwd: top },
      { args: ['check', 'server/src/routes/support.ts'], cwd: path.join(top, 'app') },
    ];
    for (const { args, cwd } of runs) {
      const sarif = JSON.parse(runCli([...args, '--format', 'sarif', '--no-cache'], cwd).stdout);
      const run = sarif.runs[0];
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(path.join(top, 'app') + '/').href);
      const uris = run.results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation);
      assert.ok(uris.some((u: { uri: string; uriBaseId: string }) => u.uri === 'server/src/routes/support.ts' && u.uriBaseId === '%SRCROOT%'), JSON.stringify(uris));
    }
    const { args, cwd } = runs[2]!;
    const gh = runCli([...args, '--format', 'github', '--no-cache'], cwd).stdout;
    assert.match(gh, new RegExp(`^::error file=${target.replace(/[./]/g, '\\$&')},line=37,`, 'm'), gh);
    const gl = JSON.parse(runCli([...args, '--format', 'gitlab', '--no-cache'], cwd).stdout) as Array<{ location: { path: string; lines: { begin: number } } }>;
    assert.ok(gl.some((i) => i.location.path === target && i.location.lines.begin === 37), JSON.stringify(gl));
  });

  it('outside a repository, paths are relative to the scanned folder', () => {
    const { top } = copyExamples({ under: 'app' });
    const gh = runCli(['check', 'app', '--format', 'github', '--no-cache'], top).stdout;
    assert.match(gh, /^::error file=server\/src\/routes\/support\.ts,line=37,/m);
  });
});

describe('init never hides a flow', () => {
  const located = (fs_: JsonFinding[]) => new Set(fs_.map((f) => `${f.file}:${f.line}:${f.column}`));

  it('every flow of the unconfigured check is still reported once each recipient has a permitted category', () => {
    const { dir } = copyExamples({ config: false });
    const before = located(jsonFindings(['check', '.', '--report-unresolved'], dir));
    assert.ok(before.size >= 15, `${before.size} flows`);
    const init = runCli(['init', '.', '--no-cache'], dir);
    assert.equal(init.status, 0, init.stderr);
    const written = fs.readFileSync(path.join(dir, '.disclose.yaml'), 'utf8');
    const config = parseYaml(written) as { policy: string; recipients: Array<{ id: string; category: string; match?: { env?: string[]; hosts?: string[] } }>; internal?: { env?: string[]; hosts?: string[] } };
    assert.equal(config.internal?.env, undefined, 'no environment variable is guessed to be internal');
    const community = config.recipients.find((r) => r.match?.env?.includes('COMMUNITY_API_URL'));
    assert.ok(community, `the forum's COMMUNITY_API_URL is a recipient to categorise:\n${written}`);
    assert.ok(config.recipients.some((r) => r.id === 'nordisk-lonn'), 'the id of the // @disclose recipient= annotation is kept');
    for (const r of config.recipients) assert.equal(r.category, 'CHOOSE');
    // Every recipient a forum: permitted by the policy, but never silently (public-disclosure).
    const forum = written.replace(/category: CHOOSE.*$/gm, 'category: public-forum');
    fs.writeFileSync(path.join(dir, '.disclose.yaml'), forum);
    const after = located(jsonFindings(['check', '.', '--report-unresolved'], dir));
    assert.deepEqual([...before].filter((l) => !after.has(l)), [], 'flows hidden by the starter configuration');
    // Every recipient a partner with its condition: silent in check, every flow in the report.
    fs.writeFileSync(path.join(dir, '.disclose.yaml'), written.replace(/category: CHOOSE.*$/gm, 'category: partner\n    purposes: [delivering-the-service]'));
    const partners = jsonFindings(['check', '.'], dir);
    assert.deepEqual(partners.filter((f) => f.recipient !== null).map(key), [], 'a partner with purposes is permitted');
    const report = runCli(['report', '.', '--format', 'json', '--no-cache'], dir);
    assert.equal(report.status, 0, report.stderr);
    const r = JSON.parse(report.stdout) as { clauses: Array<{ recipients: Array<{ locations: Array<{ file: string; line: number }> }> }>; uncovered: Array<{ locations: Array<{ file: string; line: number }> }> };
    const reported = new Set([...r.clauses.flatMap((c) => c.recipients.flatMap((x) => x.locations)), ...r.uncovered.flatMap((u) => u.locations)].map((l) => `${l.file}:${l.line}`));
    for (const l of before) assert.ok(reported.has(l.replace(/:\d+$/, '')), `${l} is in the report`);
  });

  it('--internal names hosts of your own backend; --force keeps the policy and the recipients', () => {
    const { dir } = copyExamples({ config: false });
    fs.writeFileSync(path.join(dir, '.disclose.yaml'), 'policy: visma-no  # our pack\nrecipients:\n  - id: sentry-eu\n    name: Sentry (EU)\n    category: partner\n    purposes: [error-tracking]\n    match:\n      packages: ["@sentry/node"]\n');
    const run = runCli(['init', '.', '--force', '--internal', 'api.kundesenter.visma.no', '--no-cache'], dir);
    assert.equal(run.status, 0, run.stderr);
    const text = fs.readFileSync(path.join(dir, '.disclose.yaml'), 'utf8');
    assert.match(text, /^policy: visma-no +# our pack$/m);
    const config = parseYaml(text) as { recipients: Array<{ id: string; category: string; match?: { packages?: string[] } }>; internal?: { hosts?: string[] } };
    assert.equal(config.recipients[0]!.id, 'sentry-eu');
    assert.equal(config.recipients.filter((r) => r.match?.packages?.includes('@sentry/node')).length, 1, 'Sentry is not offered again');
    assert.deepEqual(config.internal?.hosts, ['api.kundesenter.visma.no']);
    assert.ok(!config.recipients.some((r) => JSON.stringify(r).includes('kundesenter')));
    assert.match(text, /category: CHOOSE # one of: group-company \| public-forum \| partner \| public-authority \| acquirer/);
    assert.ok(fs.existsSync(path.join(dir, '.disclose.yaml.bak')));
  });
});

describe('one vocabulary', () => {
  it('the report names each flow\'s data as check does', () => {
    const findings = jsonFindings(['check', 'examples'], PROJECT_ROOT);
    const report = JSON.parse(runCli(['report', 'examples', '--format', 'json'], PROJECT_ROOT).stdout) as {
      clauses: Array<{ recipients: Array<{ name: string; labels: Record<string, string[]> }> }>;
      uncovered: Array<{ target: string; labels: Record<string, string[]> }>;
    };
    const sections = [...report.clauses.flatMap((c) => c.recipients.map((r) => ({ who: r.name, labels: r.labels }))), ...report.uncovered.map((u) => ({ who: u.target, labels: u.labels }))];
    let compared = 0;
    for (const f of findings) {
      const m = /^Sends (.+?) to (.+?)(, an? |, a | — )/.exec(f.message);
      if (!m || f.ruleId === 'category-not-permitted') continue;
      const said = m[1]!.split(/, | and /);
      const section = sections.find((s) => m[2]!.startsWith(s.who));
      assert.ok(section, `no report section for ${m[2]}`);
      const labels = Object.values(section.labels).flat();
      for (const label of said) assert.ok(labels.includes(label), `check says "${label}" for ${section.who}; the report says ${labels.join(', ')}`);
      compared++;
    }
    assert.ok(compared >= 6);
    const sentry = sections.find((s) => s.who === 'Sentry')!;
    assert.deepEqual(sentry.labels['user.unique_id'], ['user ID']);
  });

  it('counts in the singular, commands with their own --help, and a clear word for an empty folder', () => {
    const one = makeTempDir('disclose-one-file-');
    fs.writeFileSync(path.join(one, 'signup.ts'), "export async function signup(user: { email: string }) {\n  await fetch('https://hooks.zapier.com/hooks/catch/1/abc', { method: 'POST', body: JSON.stringify({ email: user.email }) });\n}\n");
    assert.match(runCli(['report', '.'], one).stdout, /\. 1 file scanned\./);
    assert.match(runCli(['check', '.'], one).stdout, /1 finding \(1 error, 0 warnings, 0 information\) in 1 of 1 file\./);
    for (const [command, expected] of [['check', /^Usage: disclose check \[paths…\]/], ['init', /^Usage: disclose init .*--internal HOST/], ['report', /^Usage: disclose report /], ['baseline', /^Usage: disclose baseline /], ['merge', /^Usage: disclose merge /]] as const) {
      const help = runCli([command, '--help'], PROJECT_ROOT);
      assert.equal(help.status, 0);
      assert.match(help.stdout, expected);
    }
    assert.equal(runCli(['help', 'init'], PROJECT_ROOT).stdout, runCli(['init', '-h'], PROJECT_ROOT).stdout);
    assert.match(runCli(['--help'], PROJECT_ROOT).stdout, /disclose check \[paths…\] \[options\]/);
    const empty = makeTempDir('disclose-empty-');
    fs.writeFileSync(path.join(empty, 'README.md'), '# nothing to analyse\n');
    const run = runCli(['check', '.'], empty);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^disclose: No TypeScript or JavaScript files found in \.$/m);
  });
});

describe('disclose-language-server on the command line', () => {
  const server = (args: string[]) => spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'server.js'), ...args], { encoding: 'utf8', timeout: 20000, input: '' });
  it('--version, --help, and a one-line usage error without a transport', () => {
    const version = server(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version);
    const help = server(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: disclose-language-server --stdio/);
    const bare = server([]);
    assert.equal(bare.status, 2);
    assert.equal(bare.stdout, '');
    assert.equal(bare.stderr.trim().split('\n').length, 1, bare.stderr);
    assert.match(bare.stderr, /--stdio/);
  });
});

/** The README's sample output block: the lines after "`npm run example` prints". */
function readmeSample(): string {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const m = /`npm run example` prints[^\n]*\n\n```\n([\s\S]*?)```/.exec(readme);
  assert.ok(m, 'README has the sample output of npm run example');
  return m[1]!;
}

describe('install from the npm package, offline', () => {
  it('npm run pack:cli builds disclose-privacy; installed with --offline, npx disclose check prints the README sample', () => {
    const work = makeTempDir('disclose-pack-');
    const pack = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'pack-cli.mjs'), '--out', work], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300000 });
    assert.equal(pack.status, 0, pack.stdout + pack.stderr);
    const tarball = pack.stdout.trim().split('\n').pop()!;
    assert.equal(path.basename(tarball), `disclose-privacy-${JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version}.tgz`);
    const listing = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    for (const f of ['package/dist/cli.js', 'package/dist/server.js', 'package/dist/rules-snapshot.json', 'package/rules/policies/visma-no.yaml', 'package/README.md', 'package/LICENSE']) assert.ok(listing.includes(f), f);
    assert.ok(!listing.some((f) => /\.ts$|\.map$|node_modules|\/src\//.test(f)), listing.join(' '));
    const manifest = JSON.parse(spawnSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout);
    assert.equal(manifest.name, 'disclose-privacy');
    assert.deepEqual(Object.keys(manifest.bin).sort(), ['disclose', 'disclose-language-server']);
    assert.equal(manifest.dependencies, undefined, 'the bundles carry their dependencies');

    // A fresh project, an empty npm cache and --offline: nothing may come from the network.
    const project = path.join(work, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'timeforing', version: '1.0.0', private: true }));
    const env = { ...process.env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', NO_COLOR: '1' };
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--save-dev', tarball], { cwd: project, encoding: 'utf8', env, timeout: 120000 });
    assert.equal(install.status, 0, install.stdout + install.stderr);
    fs.cpSync(EXAMPLES, path.join(project, 'examples'), { recursive: true });
    const check = spawnSync('npx', ['--offline', 'disclose', 'check', 'examples', '--fail-on', 'never'], { cwd: project, encoding: 'utf8', env, timeout: 120000 });
    assert.equal(check.status, 0, check.stderr);
    assert.equal(check.stdout, readmeSample());
    const failing = spawnSync('npx', ['--offline', 'disclose', 'check', 'examples/server/src/routes/support.ts'], { cwd: project, encoding: 'utf8', env, timeout: 120000 });
    assert.equal(failing.status, 1, failing.stderr);
    const version = spawnSync('npx', ['--offline', 'disclose-language-server', '--version'], { cwd: project, encoding: 'utf8', env, timeout: 60000 });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), manifest.version);
  });
});

describe('the README', () => {
  it("shows the real output of npm run example", () => {
    // The example script's own command (its build step aside: the suite runs on a fresh build).
    const script = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.example as string;
    const [node, cli, ...args] = script.split('&&').pop()!.trim().split(/\s+/);
    assert.deepEqual([node, cli], ['node', 'dist/cli.js']);
    const run = runCli(args, PROJECT_ROOT);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readmeSample(), run.stdout);
  });

  it('CI templates and the pre-commit hook use the npm package disclose-privacy', () => {
    for (const f of ['examples/ci/disclose-pull-request.yml', 'examples/ci/gitlab-ci.yml']) {
      const calls = fs.readFileSync(path.join(PROJECT_ROOT, f), 'utf8').split('\n').filter((l) => /\bnpx\b/.test(l) && !l.trim().startsWith('#'));
      assert.ok(calls.length > 0, f);
      for (const l of calls) assert.match(l, /npx (--yes )?--package disclose-privacy disclose check /, `${f}: ${l}`);
    }
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    assert.match(readme, /npm install --save-dev disclose-privacy/);
    assert.match(readme, /npx --package disclose-privacy disclose check/);
    assert.match(readme, /code --install-extension disclose\.vsix/);
  });

  it('links only to files inside the repository, and they exist', () => {
    for (const doc of ['README.md', 'rules/README.md', 'test/corpus/README.md', 'examples/README.md', 'ARCHITECTURE.md']) {
      const file = path.join(PROJECT_ROOT, doc);
      if (!fs.existsSync(file)) continue;
      const text = fs.readFileSync(file, 'utf8');
      const targets = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
      for (const t of targets) {
        if (/^(https?:|mailto:|#)/.test(t)) continue;
        const resolved = path.resolve(path.dirname(file), decodeURI(t.split('#')[0]!));
        assert.ok(!path.relative(PROJECT_ROOT, resolved).startsWith('..'), `${doc} links outside the repository: ${t}`);
        assert.ok(fs.existsSync(resolved), `${doc} links to a missing file: ${t}`);
      }
      assert.ok(!/\.\.\/shared\b/.test(text), `${doc} mentions ../shared`);
    }
  });
});
