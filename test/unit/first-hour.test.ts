import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { CLI, EXAMPLES, PROJECT_ROOT } from '../support/paths';
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
    const [command, ...hookArgs] = hook.entry.split(/\s+/);
    assert.equal(command, 'disclose');
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
  it('github, gitlab and SARIF paths start at the repository root, for folder and file arguments alike', () => {
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
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(top + '/').href);
      const uris = run.results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation);
      assert.ok(uris.some((u: { uri: string; uriBaseId: string }) => u.uri === target && u.uriBaseId === '%SRCROOT%'), JSON.stringify(uris));
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
