import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { CORPUS, EXAMPLES, PROJECT_ROOT } from '../support/paths';
import { runCli } from '../support/run-cli';
import { writeProject } from '../support/temp-project';

interface Expected {
  file: string;
  line: number;
  rule: string;
  recipient: string | null;
  categories: string[];
}

const expected = (parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'e2e', 'example-expected.yaml'), 'utf8')) as { findings: Expected[] }).findings;
const key = (f: { file: string; line: number; rule: string }) => `${f.file}:${f.line} ${f.rule}`;

describe('disclose check on the example workspace', () => {
  it('reports exactly the expected findings (JSON)', () => {
    const run = runCli(['check', 'examples', '--format', 'json'], PROJECT_ROOT);
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { findings: Array<{ file: string; line: number; ruleId: string; recipient: string | null; dataCategories: string[]; clauseHref: string | null }> };
    const actual = report.findings.map((f) => ({ file: f.file, line: f.line, rule: f.ruleId, recipient: f.recipient, categories: [...f.dataCategories].sort() }));
    assert.deepEqual(actual.map(key).sort(), expected.map(key).sort());
    for (const e of expected) {
      const a = actual.find((x) => key(x) === key(e))!;
      assert.equal(a.recipient, e.recipient ?? null, key(e));
      assert.deepEqual(a.categories, [...e.categories].sort(), key(e));
    }
    const rules = new Set(actual.map((a) => a.rule));
    for (const r of ['undeclared-recipient', 'category-not-permitted', 'clause-condition-unmet', 'public-disclosure']) assert.ok(rules.has(r), `the example earns ${r}`);
    assert.ok(report.findings.filter((f) => f.ruleId !== 'undeclared-recipient').every((f) => f.clauseHref?.startsWith('https://')), 'findings on a clause link to it');
  });

  it('prints compiler-style lines and a summary (text)', () => {
    const run = runCli(['check', '.'], EXAMPLES);
    assert.equal(run.status, 1);
    const lines = run.stdout.trim().split('\n');
    assert.match(lines[0]!, /^server\/src\/\S+\.ts:\d+:\d+ {2}(error|warning) {2}Sends .+ {2}\[[a-z-]+\]$/);
    assert.match(lines[lines.length - 1]!, new RegExp(`^${expected.length} findings \\(\\d+ errors, \\d+ warnings, 0 information\\) in \\d+ of \\d+ files\\.$`));
  });

  it('exit codes follow --fail-on', () => {
    assert.equal(runCli(['check', 'examples', '--fail-on', 'never'], PROJECT_ROOT).status, 0);
    assert.equal(runCli(['check', 'examples', '--fail-on', 'warning'], PROJECT_ROOT).status, 1);
    const clean = writeProject({ 'src/a.ts': "export async function ping() { await fetch('https://status.example.com/ping'); }\n" });
    const run = runCli(['check', clean], PROJECT_ROOT);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /No findings in 1 file\./);
  });

  it('writes SARIF to --output with the contract fields', () => {
    const out = path.join(writeProject({}), 'report.sarif');
    const run = runCli(['check', 'examples', '--format', 'sarif', '--output', out], PROJECT_ROOT);
    assert.equal(run.status, 1);
    const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const runObj = sarif.runs[0];
    assert.equal(runObj.tool.driver.name, 'disclose');
    assert.equal(runObj.results.length, expected.length);
    for (const r of runObj.results) {
      assert.equal(typeof r.ruleId, 'string');
      assert.ok(['error', 'warning', 'note'].includes(r.level));
      assert.equal(r.locations.length, 1);
      const loc = r.locations[0].physicalLocation;
      // Relative to the scanned root (the contract), which is the %SRCROOT% base.
      assert.ok(loc.artifactLocation.uri.startsWith('server/') || loc.artifactLocation.uri.startsWith('web/'), loc.artifactLocation.uri);
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(loc.region.startLine >= 1);
      for (const k of ['dataCategories', 'recipient', 'recipientCategory', 'endpoint', 'clause']) assert.ok(k in r.properties, k);
      assert.ok(Array.isArray(r.properties.dataCategories));
      assert.ok(r.codeFlows[0].threadFlows[0].locations.length >= 2, 'a code flow from source to sink');
    }
    const rule = runObj.tool.driver.rules.find((x: { id: string }) => x.id === 'clause-condition-unmet');
    assert.match(rule.helpUri, /^https:\/\//);
  });

  it('a broken .disclose.yaml gives a located error and exit 2', () => {
    const dir = writeProject({
      '.disclose.yaml': 'policy: visma-no\nrecipients:\n  - id: acme\n    category: reseller\n',
      'src/a.ts': "fetch('https://api.acme.io', { method: 'POST', body: JSON.stringify({ email: 'x' }) });\n",
    });
    const run = runCli(['check', '.'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.disclose\.yaml:4:15: error: Unknown recipient category 'reseller'/);
    assert.equal(run.stdout, '');
  });

  it('usage errors exit 2; --help and --version exit 0', () => {
    assert.equal(runCli(['check', '--format', 'xml'], PROJECT_ROOT).status, 2);
    assert.equal(runCli(['check', '--no-such-flag'], PROJECT_ROOT).status, 2);
    assert.equal(runCli(['frobnicate'], PROJECT_ROOT).status, 2);
    assert.equal(runCli(['check', 'does/not/exist'], PROJECT_ROOT).status, 2);
    const help = runCli(['--help'], PROJECT_ROOT);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /disclose check \[paths…\]/);
    const version = runCli(['--version'], PROJECT_ROOT);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version);
  });

  it('skips node_modules, build output, .gitignore entries and --exclude globs', () => {
    const leak = "export const f = (email: string) => fetch('https://api.leak.example/x?e=' + email);\nf(String(Date.now()));\n";
    const sink = "const email = document.querySelector('input')!.textContent;\nfetch('https://api.leak.example/collect', { method: 'POST', body: JSON.stringify({ email }) });\n";
    const dir = writeProject({
      '.gitignore': 'generated/\n',
      'src/app.ts': sink,
      'node_modules/lib/index.js': sink,
      'dist/app.js': sink,
      'generated/app.ts': sink,
      'legacy/old.ts': sink,
      'src/unused.ts': leak,
    });
    const run = runCli(['check', '.', '--format', 'json', '--exclude', 'legacy/**'], dir);
    const files = (JSON.parse(run.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file);
    assert.deepEqual([...new Set(files)].sort(), ['src/app.ts', 'src/unused.ts']);
  });
});

describe('disclose check --jobs (worker threads)', () => {
  it('splits the corpus into independent parts and reports exactly what one thread reports', () => {
    const args = ['check', CORPUS, '--no-cache', '--format', 'json', '--fail-on', 'never'];
    const one = runCli([...args, '--jobs', '1'], PROJECT_ROOT);
    const two = runCli([...args, '--jobs', '2'], PROJECT_ROOT, { DISCLOSE_DEBUG: '1' });
    assert.equal(two.status, 0, two.stderr);
    // The run really was split, and the parts stayed apart (no fallback to one piece).
    assert.match(two.stderr, /parts: \d+\/\d+ \+ \d+\/\d+ files, kept apart/);
    const findings = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: unknown[] }).findings;
    assert.ok(findings(one).length > 300, 'the corpus has its findings');
    assert.equal(JSON.stringify(findings(two)), JSON.stringify(findings(one)));
  });

  it('rejects a --jobs that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', 'two', '1.5', '65']) assert.equal(runCli(['check', EXAMPLES, '--jobs', bad], PROJECT_ROOT).status, 2, bad);
  });
});
