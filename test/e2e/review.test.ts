import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLES, EXAMPLES_IN_REPO, PROJECT_ROOT } from '../support/paths';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';
import { writeProject } from '../support/temp-project';

function copyExamples(withoutConfig = false): string {
  const dir = makeTempDir('disclose-review-');
  fs.cpSync(EXAMPLES, dir, { recursive: true });
  if (withoutConfig) fs.rmSync(path.join(dir, '.disclose.yaml'));
  return dir;
}

function sarifResults(dir: string, args: string[] = []): Array<{ ruleId: string; uri: string; line: number; fingerprint: string }> {
  const run = runCli(['check', '.', '--format', 'sarif', ...args], dir);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const log = JSON.parse(run.stdout);
  return log.runs[0].results.map((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>; partialFingerprints: Record<string, string> }) => ({
    ruleId: r.ruleId,
    uri: r.locations[0]!.physicalLocation.artifactLocation.uri,
    line: r.locations[0]!.physicalLocation.region.startLine,
    fingerprint: r.partialFingerprints['discloseFingerprint/v1']!,
  }));
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

const SEND = (host: string, field: string) => `export async function send${field}(user: { ${field}: string; plan: string }) {
  await fetch('https://${host}/v1/collect', { method: 'POST', body: JSON.stringify({ ${field}: user.${field}, plan: user.plan }) });
}
`;

describe('disclose init', () => {
  it('writes a starter configuration for the example without one, and never overwrites silently', () => {
    const dir = copyExamples(true);
    const run = runCli(['init', '.'], dir);
    assert.equal(run.status, 0, run.stderr);
    const yaml = fs.readFileSync(path.join(dir, '.disclose.yaml'), 'utf8');
    for (const target of ['api.nordisklonn.no', 'hooks.zapier.com', 'platform.altinn.no', 'Sentry', 'Segment', 'Intercom']) assert.ok(yaml.includes(target), `${target} in:\n${yaml}`);
    assert.match(yaml, /category: CHOOSE {2}# one of: group-company \| public-forum \| partner \| public-authority \| acquirer/);
    assert.match(yaml, /packages: \["@sentry\/node"\]/);
    // The starter file names each recipient, so check now points at the categories to choose.
    const check = runCli(['check', '.'], dir);
    assert.equal(check.status, 2);
    assert.match(check.stderr, /\.disclose\.yaml:\d+:\d+: error: Unknown recipient category 'CHOOSE'/);
    const again = runCli(['init', '.'], dir);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /exists; use --force/);
    fs.writeFileSync(path.join(dir, '.disclose.yaml'), 'policy: visma-no\n# mine\n');
    assert.equal(runCli(['init', '.', '--force'], dir).status, 0);
    assert.equal(fs.readFileSync(path.join(dir, '.disclose.yaml.bak'), 'utf8'), 'policy: visma-no\n# mine\n');
  });
});

describe('disclose check --diff', () => {
  it('reports only findings whose call or source changed since the base, merge-base aware', () => {
    const dir = writeProject({ 'src/a.ts': SEND('api.alpha.example', 'email'), 'src/b.ts': 'export const x = 1;\n' });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    fs.writeFileSync(path.join(dir, 'src/b.ts'), SEND('api.beta.example', 'phone'));
    git(dir, 'commit', '-qam', 'feature: beta');
    git(dir, 'checkout', '-q', 'main');
    fs.writeFileSync(path.join(dir, 'src/c.ts'), 'export const y = 2;\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'main moves on');
    git(dir, 'checkout', '-q', 'feature');
    fs.writeFileSync(path.join(dir, 'src/new.ts'), SEND('api.gamma.example', 'fnr'));
    const all = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(JSON.parse(all.stdout).findings.length, 3);
    const run = runCli(['check', '.', '--format', 'json', '--diff', 'main'], dir);
    assert.equal(run.status, 1, run.stderr);
    const files = JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file).sort();
    assert.deepEqual(files, ['src/b.ts', 'src/new.ts'], 'the untouched finding in a.ts is not reported; the untracked file is');
    const unknown = runCli(['check', '.', '--diff', 'no-such-branch'], dir);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown git revision 'no-such-branch'/);
    const outside = runCli(['check', '.', '--diff', 'main'], writeProject({ 'a.ts': 'export {};\n' }));
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /needs a git repository/);
  });
});

describe('fingerprints and baselines', () => {
  it('fingerprints survive an unrelated edit above the finding', () => {
    const dir = copyExamples();
    const before = sarifResults(dir);
    const file = path.join(dir, 'server/src/routes/support.ts');
    fs.writeFileSync(file, '// A new header comment.\n\nimport { strict } from "node:assert";\nvoid strict;\n' + fs.readFileSync(file, 'utf8'));
    const after = sarifResults(dir);
    assert.deepEqual(after.map((r) => r.fingerprint).sort(), before.map((r) => r.fingerprint).sort());
    const moved = after.find((r) => r.uri.endsWith('support.ts'))!;
    const was = before.find((r) => r.fingerprint === moved.fingerprint)!;
    assert.equal(moved.line, was.line + 4, 'the line moved, the fingerprint did not');
    assert.equal(new Set(before.map((r) => r.fingerprint)).size, before.length, 'fingerprints are unique');
  });

  it('baseline round trip: only new findings, with counts of baselined and fixed', () => {
    const dir = copyExamples();
    assert.equal(runCli(['baseline', '.'], dir).status, 0);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, '.disclose-baseline.json'), 'utf8'));
    assert.equal(baseline.findings.length, 9);
    assert.ok(baseline.findings.every((f: { fingerprint: string; dataCategories: string[] }) => f.fingerprint.length === 32 && f.dataCategories.length > 0));
    const clean = runCli(['check', '.', '--baseline', '.disclose-baseline.json'], dir);
    assert.equal(clean.status, 0, clean.stdout);
    assert.match(clean.stderr, /9 findings baselined, 0 baseline entries fixed, 0 new/);
    fs.writeFileSync(path.join(dir, 'server/src/extra.ts'), SEND('api.newvendor.example', 'email'));
    const auth = path.join(dir, 'server/src/middleware/auth.ts');
    fs.writeFileSync(auth, fs.readFileSync(auth, 'utf8').replace(/Sentry\.setUser\(/, '// removed: Sentry.setUser(').replace(/^(\s*)\/\/ removed: Sentry\.setUser\(([^;]*);/m, '$1void 0;'));
    const next = runCli(['check', '.', '--baseline', '.disclose-baseline.json', '--format', 'json'], dir);
    assert.equal(next.status, 1);
    assert.deepEqual(JSON.parse(next.stdout).findings.map((f: { file: string }) => f.file), ['server/src/extra.ts']);
    assert.match(next.stderr, /8 findings baselined, 1 baseline entry fixed, 1 new/);
  });
});

describe('sharding', () => {
  it('the merged shards equal a single run', () => {
    const dir = copyExamples();
    const whole = runCli(['check', '.', '--format', 'sarif'], dir);
    const outs: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = path.join(dir, `shard-${i}.sarif`);
      const r = runCli(['check', '.', '--format', 'sarif', '--shard', `${i}/3`, '--output', out], dir);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      outs.push(out);
    }
    const counts = outs.map((o) => JSON.parse(fs.readFileSync(o, 'utf8')).runs[0].results.length);
    assert.ok(counts.filter((c) => c > 0).length >= 2, `findings are spread over the shards: ${counts}`);
    const merged = runCli(['merge', ...outs, '--output', 'all.sarif'], dir);
    assert.equal(merged.status, 0, merged.stderr);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'all.sarif'), 'utf8')).runs[0].results, JSON.parse(whole.stdout).runs[0].results);
    assert.equal(runCli(['check', '.', '--shard', '4/3'], dir).status, 2);
  });
});

describe('CI formats', () => {
  it('github workflow commands and GitLab Code Quality', () => {
    const gh = runCli(['check', 'examples', '--format', 'github'], PROJECT_ROOT);
    const lines = gh.stdout.trim().split('\n');
    assert.equal(lines.length, 9);
    // Paths from the repository's root, where code scanning and pull requests place them.
    const line = lines.find((l) => l.includes('support.ts,line=37'))!;
    assert.ok(line.startsWith(`::error file=${EXAMPLES_IN_REPO}server/src/routes/support.ts,line=37,`), line);
    assert.match(line, /,line=37,endLine=\d+(,col=\d+,endColumn=\d+)?,title=Disclose category-not-permitted::Sends /);
    assert.ok(lines.some((l) => l.startsWith('::warning ')));
    const gl = JSON.parse(runCli(['check', 'examples', '--format', 'gitlab'], PROJECT_ROOT).stdout);
    assert.equal(gl.length, 9);
    for (const i of gl) {
      assert.ok(['critical', 'major', 'info'].includes(i.severity));
      assert.equal(typeof i.fingerprint, 'string');
      assert.ok(i.location.path.startsWith(`${EXAMPLES_IN_REPO}server/`) || i.location.path.startsWith(`${EXAMPLES_IN_REPO}web/`), i.location.path);
      assert.ok(i.location.lines.begin >= 1);
    }
  });
});
