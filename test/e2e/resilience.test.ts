import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigResolver } from '../../server/src/analysis/config/config-resolver';
import { analyze } from '../../server/src/analysis/engine';
import { compileGlob } from '../../server/src/analysis/recipients/endpoint-patterns';
import { readTextFile } from '../../server/src/analysis/workspace/safe-fs';
import { discoverFiles } from '../../server/src/analysis/workspace/workspace-files';
import { writeNetworkTrap } from '../support/network-trap';
import { CORPUS, PROJECT_ROOT } from '../support/paths';
import { runCli } from '../support/run-cli';
import { writeProject } from '../support/temp-project';

/** A small deterministic generator: the same seed gives the same variants. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 3266489909) >>> 0;
    return (s >>> 0) / 4294967296;
  };
}

function mutate(text: string, r: () => number): string {
  const kind = Math.floor(r() * 4);
  const at = Math.floor(r() * text.length);
  switch (kind) {
    case 0: {
      // delete a run of tokens
      const len = 1 + Math.floor(r() * 40);
      return text.slice(0, at) + text.slice(at + len);
    }
    case 1:
      return text.slice(0, at); // truncation
    case 2: {
      const bytes = Array.from({ length: 1 + Math.floor(r() * 12) }, () => String.fromCharCode(Math.floor(r() * 65536))).join('');
      return text.slice(0, at) + bytes + text.slice(at);
    }
    default: {
      const chars = '{}()[];,`\'"/*=>.?:';
      return text.slice(0, at) + chars[Math.floor(r() * chars.length)]!.repeat(1 + Math.floor(r() * 20)) + text.slice(at);
    }
  }
}

function analyzeDir(dir: string) {
  const { files, skipped } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1024 * 1024 });
  const resolver = new ConfigResolver();
  return { skipped, result: analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), focus: true }) };
}

describe('huge and odd files', () => {
  it('skips the 9 MB typescript.js by the size limit, with a clear message, and analyses the rest', () => {
    const dir = writeProject({ 'src/ok.ts': "export const send = (email: string) => navigator.sendBeacon('https://t.example.com/e', email);\n" });
    fs.copyFileSync(path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'lib', 'typescript.js'), path.join(dir, 'src', 'typescript.js'));
    const run = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /skipped src\/typescript\.js: larger than the size limit \(\d+ KiB > 1024 KiB\)/);
    assert.equal(JSON.parse(run.stdout).findings.length, 1);
  });

  it('skips minified bundles and binary files; survives invalid UTF-8, deep nesting and unterminated strings', () => {
    const minified = 'var a=' + Array.from({ length: 3000 }, (_, i) => `function f${i}(e){return fetch("https://x.example/"+e.email)}`).join(';') + ';';
    const dir = writeProject({
      'src/bundle.js': minified,
      'src/deep.ts': 'export const x = ' + '('.repeat(10000) + '1' + ')'.repeat(10000) + ';\n',
      'src/deeper.ts': 'export const y = ' + '{ a: '.repeat(10000) + '1' + ' }'.repeat(10000) + ';\n',
      'src/unterminated.ts': "const email = 'a@b.no\nfetch(`https://x.example/${email}\n",
      'src/ok.ts': "export const send = (email: string) => navigator.sendBeacon('https://t.example.com/e', email);\n",
    });
    fs.writeFileSync(path.join(dir, 'src', 'binary.ts'), Buffer.from([0x66, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, ...Buffer.from('fetch("https://x.example", {body: email})')]));
    fs.writeFileSync(path.join(dir, 'src', 'latin1.ts'), Buffer.concat([Buffer.from('const navn = "'), Buffer.from([0xe6, 0xf8, 0xe5, 0xff]), Buffer.from('";\nfetch("https://x.example/" + navn);\n')]));
    const { skipped, result } = analyzeDir(dir);
    const reasons = Object.fromEntries(skipped.map((s) => [path.basename(s.file), s.reason]));
    assert.equal(reasons['bundle.js'], 'minified or generated bundle');
    assert.equal(reasons['binary.ts'], 'binary content');
    assert.deepEqual(result.problems, []);
    assert.ok(result.findings.some((f) => f.location.file.endsWith('ok.ts')));
  });
});

describe('discovery hands on what it read', () => {
  it('the text of each file it keeps, as the reader decodes it, and none of a file it skips', () => {
    const dir = writeProject({
      'src/ok.ts': "export const send = (email: string) => navigator.sendBeacon('https://t.example.com/e', email);\n",
      'src/deep.ts': 'export const x = ' + '('.repeat(10000) + '1' + ')'.repeat(10000) + ';\n',
    });
    fs.writeFileSync(path.join(dir, 'src', 'latin1.ts'), Buffer.concat([Buffer.from('const navn = "'), Buffer.from([0xe6, 0xf8]), Buffer.from('";\n')]));
    fs.writeFileSync(path.join(dir, 'src', 'binary.ts'), Buffer.from([0x66, 0x00, 0xff, 0xfe]));
    const { files, skipped, texts } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1024 * 1024, keepTexts: true });
    assert.deepEqual(files.map((f) => path.basename(f)).sort(), ['latin1.ts', 'ok.ts']);
    assert.deepEqual([...texts!.keys()].sort(), [...files].sort());
    for (const f of files) assert.equal(texts!.get(f), readTextFile(f, { kind: 'source' }));
    assert.deepEqual(skipped.map((s) => path.basename(s.file)).sort(), ['binary.ts', 'deep.ts']);
    assert.equal(discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1024 * 1024 }).texts, undefined);
  });
});

describe('fuzzing the engine with mutated corpus files', () => {
  it('no crash, no hang, the same result twice, over thousands of variants', () => {
    const r = rng(20261124);
    const sources: Array<{ rel: string; text: string }> = [];
    for (const project of fs.readdirSync(CORPUS).slice(0, 40)) {
      const { files } = discoverFiles({ root: path.join(CORPUS, project), paths: [path.join(CORPUS, project)], maxFileBytes: 1 << 20 });
      for (const f of files) sources.push({ rel: `${project}/${path.relative(path.join(CORPUS, project), f)}`, text: fs.readFileSync(f, 'utf8') });
    }
    const variants: Record<string, string> = {};
    const total = 2000;
    for (let i = 0; i < total; i++) {
      const s = sources[Math.floor(r() * sources.length)]!;
      let text = s.text;
      for (let k = 0, n = 1 + Math.floor(r() * 3); k < n; k++) text = mutate(text, r);
      variants[`v${String(i).padStart(4, '0')}/${s.rel.replace(/[^\w./-]/g, '_')}`] = text;
    }
    const dir = writeProject(variants);
    const first = analyzeDir(dir).result;
    const second = analyzeDir(dir).result;
    const digest = (x: typeof first) => JSON.stringify(x.findings.map((f) => [path.relative(dir, f.location.file), f.location.line, f.ruleId, f.dataCategories, f.fingerprint]));
    assert.equal(digest(second), digest(first), 'deterministic');
    assert.ok(first.findings.length > 100, `variants still give findings (${first.findings.length})`);
    assert.ok(first.problems.length < total / 20, `few files fail to analyse: ${first.problems.slice(0, 3).map((p) => p.message).join('; ')}`);
  });
});

describe('hostile configuration', () => {
  it('refuses a 10 MB configuration quickly and clearly', () => {
    const dir = writeProject({ '.disclose.yaml': 'policy: visma-no\n# ' + 'x'.repeat(10 * 1024 * 1024) + '\n', 'a.ts': 'export {};\n' });
    const run = runCli(['check', '.'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Disclose reads at most 1024 KiB/);
  });

  it('refuses an alias bomb, wrong types and unknown categories with located errors', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill('*' + 'abcdefghij'[i - 1]).join(', ')}]`);
    for (const [yaml, expected] of [
      [bomb.join('\n') + '\n', /error: (YAML|Unknown key)/],
      ['recipients: yes\n', /'recipients' should be an array/],
      ['recipients:\n  - id: x\n    category: vendor\n', /Unknown recipient category 'vendor'/],
    ] as const) {
      const dir = writeProject({ '.disclose.yaml': yaml, 'a.ts': 'export {};\n' });
      const run = runCli(['check', '.'], dir);
      assert.equal(run.status, 2, yaml.slice(0, 40));
      assert.match(run.stderr, expected);
    }
  });

  it('globs built to backtrack are matched in bounded time', () => {
    const m = compileGlob('**/' + '*a'.repeat(40) + '*b');
    const start = process.hrtime.bigint();
    assert.equal(m('x/' + 'a'.repeat(4000) + 'c'), false);
    assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 5000);
    assert.equal(compileGlob('**/*.{test,spec}.ts')('src/a/b.spec.ts'), true);
    assert.equal(compileGlob('legacy/**')('legacy/x/y.ts'), true);
    assert.equal(compileGlob('*.gen.ts')('src/deep/file.gen.ts'), true);
    const dir = writeProject({ 'a.ts': 'export {};\n' });
    assert.equal(runCli(['check', '.', '--exclude', 'x'.repeat(600)], dir).status, 2);
  });
});

describe('no network, no code execution', () => {
  it('the CLI makes no connection and loads nothing from the workspace', () => {
    const dir = writeProject({
      'src/app.ts': "import { evil } from './evil';\nexport async function go(email: string) { await fetch('https://api.example.com', { method: 'POST', body: JSON.stringify({ email }) }); evil(); }\n",
      'src/evil.js': "require('fs').writeFileSync(__dirname + '/../EXECUTED', 'yes');\nmodule.exports.evil = () => {};\n",
      'node_modules/x/index.js': "require('fs').writeFileSync(__dirname + '/../../EXECUTED2', 'yes');\n",
    });
    const { trap } = writeNetworkTrap(dir, { requires: true });
    const run = runCli(['check', '.', '--no-cache'], dir, { NODE_OPTIONS: `--require ${trap}` });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(fs.existsSync(path.join(dir, 'NETWORK')), false, fs.existsSync(path.join(dir, 'NETWORK')) ? fs.readFileSync(path.join(dir, 'NETWORK'), 'utf8') : '');
    assert.equal(fs.existsSync(path.join(dir, 'EXECUTED')), false);
    assert.equal(fs.existsSync(path.join(dir, 'EXECUTED2')), false);
    // The trap does see what it watches for: a process that loads workspace code is caught.
    spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(dir, 'src', 'evil.js'))})`], { env: { ...process.env, NODE_OPTIONS: `--require ${trap}` } });
    assert.match(fs.readFileSync(path.join(dir, 'NETWORK'), 'utf8'), /require .*evil\.js/);
  });
});
