// npm run bench: figures, not tests. Every ratio is against a baseline measured in the same run.
//   node bench/run.mjs [--runs N] [--skip-eslint] [--only scan|editor|responsive|scaling|parallel|chain|monorepo] [--monorepo NAME]
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const cache = path.join(root, '.cache', 'bench');
const cli = path.join(root, 'dist', 'cli.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
const line = (s = '') => process.stdout.write(s + '\n');
/** A latency figure against its target: PASS or MISS, so that a run reads at a glance. */
const target = (label, xs, p, max) => {
  const v = pct(xs, p);
  line(`  ${label.padEnd(26)}p50 ${fmt(pct(xs, 50))}   p${p} ${fmt(v)}   target p${p} ≤ ${max} ms: ${v <= max ? 'PASS' : 'MISS'}`);
};

/** Runs a node command, returns wall time and peak RSS of that process. */
function measure(argv, opts = {}) {
  const usage = path.join(os.tmpdir(), `disclose-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', path.join(root, 'bench', 'usage-report.cjs'), ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...opts,
    env: { ...process.env, DISCLOSE_BENCH_USAGE: usage, ...(opts.env ?? {}) },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const { maxRSSKB, cpuMs } = JSON.parse(fs.readFileSync(usage, 'utf8'));
  fs.rmSync(usage);
  return { ms, kb: maxRSSKB, cpu: cpuMs };
}

function series(label, argv, n, opts) {
  const xs = [];
  for (let i = 0; i < n; i++) xs.push(measure(argv, opts));
  const r = { ms: median(xs.map((x) => x.ms)), kb: Math.max(...xs.map((x) => x.kb)), cpu: median(xs.map((x) => x.cpu)) };
  // CPU time over wall time: how many cores the run kept busy (V8's GC and compiler threads count).
  line(
    `  ${label.padEnd(34)} ${fmt(r.ms).padStart(10)}   peak ${mib(r.kb).padStart(8)}   cores busy ${(r.cpu / r.ms).toFixed(2)}   (median of ${n})`,
  );
  return r;
}

/** Two commands run alternately `n` times: each one's median row, and the median of the per-pair ratios b/a. */
function paired([labelA, argvA], [labelB, argvB], n) {
  const as = [];
  const bs = [];
  for (let i = 0; i < n; i++) {
    as.push(measure(argvA));
    bs.push(measure(argvB));
  }
  const row = (label, xs) => {
    const r = { ms: median(xs.map((x) => x.ms)), kb: Math.max(...xs.map((x) => x.kb)), cpu: median(xs.map((x) => x.cpu)) };
    line(
      `  ${label.padEnd(34)} ${fmt(r.ms).padStart(10)}   peak ${mib(r.kb).padStart(8)}   cores busy ${(r.cpu / r.ms).toFixed(2)}   (median of ${n})`,
    );
    return r;
  };
  return [row(labelA, as), row(labelB, bs), median(bs.map((b, i) => b.ms / as[i].ms))];
}

function effectSources() {
  const src = path.join(cache, 'package', 'src');
  if (!fs.existsSync(src)) {
    fs.mkdirSync(cache, { recursive: true });
    line('  fetching effect@4.1.0 from the npm registry into .cache/bench …');
    execFileSync('npm', ['pack', 'effect@4.1.0', '--silent'], { cwd: cache, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('tar', ['xzf', 'effect-4.1.0.tgz'], { cwd: cache });
  }
  return src;
}

function scan() {
  const src = effectSources();
  const files = execFileSync('find', [src, '-name', '*.ts'], { encoding: 'utf8' }).trim().split('\n').length;
  line(`Workspace scan: effect@4.1.0 src/ (${files} files), ${runs} runs each`);
  // Floor and cold scan alternate run by run, as in the monorepo row: the ratio is taken per pair.
  const [floor, cold, ratio] = paired(
    ['floor (parse every file)', [path.join(root, 'bench', 'parse-floor.cjs'), src]],
    [
      'disclose check, cold (--no-cache)',
      [cli, 'check', src, '--no-cache', '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
    ],
    runs,
  );
  const cold2 = series(
    '  … with --jobs 2',
    [cli, 'check', src, '--no-cache', '--jobs', '2', '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
    runs,
  );
  measure([cli, 'check', src, '--fail-on', 'never', '--format', 'json', '--output', os.devNull]); // fill the cache
  const warm = series(
    'disclose check, warm (cache hot)',
    [cli, 'check', src, '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
    runs,
  );
  let eslint;
  if (!args.includes('--skip-eslint')) {
    const cfg = path.join(cache, 'eslint.config.mjs');
    fs.writeFileSync(
      cfg,
      `import tseslint from ${JSON.stringify(pathToFileURL(require.resolve('typescript-eslint')).href)};\nexport default [{ files: ['**/*.ts'] }, ...tseslint.configs.recommended];\n`,
    );
    eslint = series(
      'ESLint 9 + typescript-eslint recommended',
      [
        path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
        '--config',
        cfg,
        '--format',
        'json',
        '--output-file',
        os.devNull,
        'src',
      ],
      Math.max(1, Math.min(runs, 2)),
      { cwd: path.dirname(src) },
    );
  }
  line('  ratios:');
  line(`    cold / floor      ${ratio.toFixed(2)}×   (target ≤ 2; median of the ${runs} paired runs' ratios)`);
  line(
    `    --jobs 2 / cold   ${(cold2.ms / cold.ms).toFixed(2)}×   (effect's files that can reach a sink are one import-connected part: nothing to split)`,
  );
  line(`    warm / floor      ${(warm.ms / floor.ms).toFixed(2)}×   (target ≤ 0.3)`);
  if (eslint) line(`    ESLint / cold     ${(eslint.ms / cold.ms).toFixed(2)}×   (target ≥ 5)`);
  line(`    peak memory cold / floor  ${(cold.kb / floor.kb).toFixed(2)}×   (target ≤ 1.5)`);
  line();
}

/** A realistic workspace of `scale` parts: services that send customer data, and ones that do not. */
function generateWorkspace(dir, scale) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'src', 'http.ts'),
    `export async function postJson(url: string, body: unknown) {\n  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });\n  if (!res.ok) throw new Error(String(res.status));\n  return res.json();\n}\n`,
  );
  let lines = 5;
  for (let i = 0; i < scale * 20; i++) {
    const body = [
      `import axios from 'axios';`,
      `import { postJson } from './http';`,
      '',
      `export interface Customer${i} { id: string; email: string; phone: string; plan: string; seats: number }`,
      '',
    ];
    for (let j = 0; j < 8; j++) {
      body.push(
        `export async function sync${i}_${j}(customer: Customer${i}, orderId: string): Promise<void> {`,
        `  const payload = { email: customer.email, plan: customer.plan, orderId };`,
        `  if (customer.seats > ${j}) {`,
        `    await axios.post('https://api.partner${j % 3}.example/v1/customers', payload);`,
        `  }`,
        `  await postJson('/api/internal/audit', { orderId, seats: customer.seats });`,
        `  await postJson('https://hooks.example.com/${i}/${j}', { phone: customer.phone });`,
        `  const stats = { count: customer.seats, at: new Date().toISOString() };`,
        `  await fetch('https://metrics.example.com/v1', { method: 'POST', body: JSON.stringify(stats) });`,
        `}`,
        '',
      );
    }
    fs.writeFileSync(path.join(dir, 'src', `service-${i}.ts`), body.join('\n'));
    lines += body.length;
  }
  return lines;
}

/** Two independent packages, so the worker threads have parts to share: --jobs 1 against --jobs 2. */
function parallel() {
  line('Worker threads: two independent packages of the 16× workspace, disclose check --no-cache');
  const dir = path.join(os.tmpdir(), 'disclose-bench-monorepo');
  fs.rmSync(dir, { recursive: true, force: true });
  let lines = 0;
  for (const pkg of ['billing', 'crm']) lines += generateWorkspace(path.join(dir, 'packages', pkg), 16);
  const one = series(
    `--jobs 1 (${lines} lines)`,
    [cli, 'check', dir, '--no-cache', '--jobs', '1', '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
    runs,
  );
  const two = series(
    '--jobs 2',
    [cli, 'check', dir, '--no-cache', '--jobs', '2', '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
    runs,
  );
  line(
    `  --jobs 2 / --jobs 1: ${(two.ms / one.ms).toFixed(2)}× wall time (${os.cpus().length} cores; one thread already keeps ${(one.cpu / one.ms).toFixed(2)} cores busy)`,
  );
  line();
}

function scaling() {
  line('Scaling: generated workspace, disclose check --no-cache');
  const per = [];
  const sizes = [];
  // One file with nothing in it: a folder with no source at all is a usage error (exit 2).
  const empty = path.join(os.tmpdir(), 'disclose-bench-scale-0');
  fs.rmSync(empty, { recursive: true, force: true });
  fs.mkdirSync(empty, { recursive: true });
  fs.writeFileSync(path.join(empty, 'index.ts'), 'export {};\n');
  const start = series(
    'one empty file (start-up)',
    [cli, 'check', empty, '--no-cache', '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
    runs,
  );
  for (const scale of [1, 4, 16]) {
    const dir = path.join(os.tmpdir(), `disclose-bench-scale-${scale}`);
    const lines = generateWorkspace(dir, scale);
    const r = series(
      `${scale}× (${lines} lines)`,
      [cli, 'check', dir, '--no-cache', '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
      runs,
    );
    per.push(r.ms / (lines / 1000));
    const prev = sizes.at(-1);
    const marginal = prev ? ((r.ms - prev.ms) / ((lines - prev.lines) / 1000)).toFixed(1) : '—';
    sizes.push({ ms: r.ms, lines });
    line(
      `      ${(r.ms / (lines / 1000)).toFixed(1)} ms per 1,000 lines; ${((r.ms - start.ms) / (lines / 1000)).toFixed(1)} without start-up; ${marginal} for the lines added since the size before`,
    );
  }
  line(`  16× / 1× time per 1,000 lines: ${(per[2] / per[0]).toFixed(2)} (near 1 is linear; below 1, fixed costs spread over more lines)`);
  line();
}

/**
 * A chain of `n` wrapper files: each file's function passes its contact on to the next file's,
 * the last one posts it to an external host; one route calls the first. The finding must stand
 * at that route's call however long the chain is.
 */
function generateChain(dir, n) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src', 'chain'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    const text = last
      ? `export interface Contact { email: string; plan: string }

export async function relay${i}(contact: Contact, trail: string[]): Promise<void> {
  const res = await fetch('https://hooks.leadrelay.example/v1/contacts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: contact.email, plan: contact.plan, trail }),
  });
  if (!res.ok) throw new Error(\`lead relay answered \${res.status}\`);
}
`
      : `import { relay${i + 1} } from './relay-${i + 1}';
import type { Contact } from './relay-${n - 1}';

export async function relay${i}(contact: Contact, trail: string[]): Promise<void> {
  if (!contact.email.includes('@')) return;
  await relay${i + 1}(contact, [...trail, 'relay-${i}']);
}
`;
    fs.writeFileSync(path.join(dir, 'src', 'chain', `relay-${i}.ts`), text);
  }
  fs.writeFileSync(
    path.join(dir, 'src', 'signup.ts'),
    `import { relay0 } from './chain/relay-0';

export async function onSignup(form: { email: string; plan: string }): Promise<void> {
  await relay0({ email: form.email, plan: form.plan }, ['signup']);
}
`,
  );
}

function chain() {
  line('Wrapper chains across files: disclose check --no-cache --jobs 1');
  const results = [];
  for (const n of [150, 1500]) {
    const dir = path.join(os.tmpdir(), `disclose-bench-chain-${n}`);
    generateChain(dir, n);
    const r = series(
      `${n} chained wrapper files`,
      [cli, 'check', dir, '--no-cache', '--jobs', '1', '--fail-on', 'never', '--format', 'json', '--output', path.join(dir, 'report.json')],
      runs,
    );
    const findings = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).findings.map((f) => `${f.file}:${f.line}`);
    const ok = findings.length === 1 && findings[0] === 'src/signup.ts:4';
    line(
      `      findings: ${findings.join(', ') || 'none'} ${ok ? '(at the outermost call, as it must be)' : '(WRONG: expected src/signup.ts:4 only)'}`,
    );
    results.push(r);
  }
  line(
    `  1500 / 150 time: ${(results[1].ms / results[0].ms).toFixed(2)}×, CPU ${(results[1].cpu / results[0].cpu).toFixed(2)}× (10× the files; about 10× or less is linear)`,
  );
  line();
}

async function editor() {
  const { LspClient, PUSH_CAPABILITIES } = require(path.join(root, 'out', 'test', 'support', 'lsp-client.js'));
  const dir = path.join(os.tmpdir(), 'disclose-bench-editor');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  const helper = `export async function postJson(url: string, body: unknown) {\n  return fetch(url, { method: 'POST', body: JSON.stringify(body) });\n}\n`;
  fs.writeFileSync(path.join(dir, 'src', 'http.ts'), helper);
  const parts = [
    `import axios from 'axios';`,
    `import { postJson } from './http';`,
    '',
    'export interface Customer { id: string; email: string; phone: string; fnr: string; plan: string; seats: number }',
    '',
  ];
  let i = 0;
  while (parts.length < 2000) {
    parts.push(
      `export async function step${i}(customer: Customer, note: string): Promise<number> {`,
      `  const total = customer.seats * ${i + 1};`,
      i % 3 === 0
        ? `  await axios.post('https://api.crm${i % 7}.example/v1/contacts', { email: customer.email, note });`
        : `  await axios.post('/api/internal/${i}', { total, note });`,
      i % 5 === 0 ? `  await postJson('https://hooks.example.com/${i}', { fnr: customer.fnr });` : `  console.log('step ${i}', total);`,
      `  return total;`,
      `}`,
      '',
    );
    i++;
  }
  const text = parts.join('\n');
  const file = path.join(dir, 'src', 'big.ts');
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
  await client.initialize();
  await client.open(pathToFileURL(path.join(dir, 'src', 'http.ts')).href, helper);
  await client.open(uri, text);
  const first = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 60000);
  line(`Editor latency: ${parts.length}-line file, ${first.diagnostics.length} findings, LSP over stdio, debounce 0`);
  const edits = [];
  let version = 1;
  // The first edits after start-up run while V8 is still compiling the engine: left out, as in
  // any steady-state latency figure (they are printed on their own).
  const WARMUP = 20;
  const warmup = [];
  for (let k = 0; k < 200 + WARMUP; k++) {
    const lines = text.split('\n');
    const target = 5 + ((k * 37) % (lines.length - 10));
    lines[target] = lines[target] + ` // edit ${k}`;
    version++;
    const t0 = performance.now();
    const v = version;
    const wait = client.waitForDiagnostics(uri, (p) => p.version === v, 60000);
    await client.change(uri, v, lines.join('\n'));
    await wait;
    (k < WARMUP ? warmup : edits).push(performance.now() - t0);
  }
  target('didChange → diagnostics', edits, 95, 30);
  line(`      (200 edits after ${WARMUP} warm-up edits, whose p50 was ${fmt(pct(warmup, 50))})`);
  const diags = client.diagnostics.get(uri).diagnostics;
  const hovers = [];
  const actions = [];
  for (let k = 0; k < 100; k++) {
    const d = diags[k % diags.length];
    let t0 = performance.now();
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    hovers.push(performance.now() - t0);
    t0 = performance.now();
    await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    actions.push(performance.now() - t0);
  }
  target('hover', hovers, 95, 10);
  line(`  code actions              p50 ${fmt(pct(actions, 50))}   p95 ${fmt(pct(actions, 95))}`);
  const helperUri = pathToFileURL(path.join(dir, 'src', 'http.ts')).href;
  const before = client.diagnostics.get(uri);
  const t0 = performance.now();
  const refreshed = client.waitForDiagnostics(uri, (p) => p !== before, 60000);
  await client.change(helperUri, 2, helper.replace('fetch(url,', "fetch('/api/relay',"));
  await refreshed;
  line(`  dependent file refreshed after its imported helper changed: ${fmt(performance.now() - t0)}`);
  await client.shutdown();
  line();
}

/**
 * The server while it builds the data-sharing report of effect@4.1.0's sources (the report
 * analyses the whole folder): hovers and an open document's edits must still be answered
 * promptly. A real server process over stdio, driven as an editor drives it.
 */
async function responsive() {
  const { LspClient, PUSH_CAPABILITIES } = require(path.join(root, 'out', 'test', 'support', 'lsp-client.js'));
  const src = effectSources();
  const files = execFileSync('find', [src, '-name', '*.ts'], { encoding: 'utf8' }).trim().split('\n');
  const client = new LspClient({ rootUri: pathToFileURL(src).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
  await client.initialize();
  // A mid-sized module of the library, as someone working on it would have open.
  const file = files.filter((f) => /HttpClient|Http/.test(f)).sort()[0] ?? files.sort()[0];
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  await client.open(uri, text);
  const first = await client.waitForDiagnostics(uri, () => true, 120000);
  const positions = first.diagnostics.length ? first.diagnostics.map((d) => d.range.start) : [{ line: 0, character: 0 }];
  line(
    `Responsiveness while the data-sharing report runs: effect@4.1.0 src/ (${files.length} files), ${path.relative(src, file)} open (${first.diagnostics.length} findings)`,
  );
  const t0 = performance.now();
  let reportDone = false;
  const report = client.connection
    .sendRequest('workspace/executeCommand', { command: 'disclose.server.sharingReport', arguments: [] })
    .then((html) => {
      reportDone = true;
      return html;
    });
  // Hovers every 20 ms, and beside them edits one after another, each waiting for its diagnostics.
  const hovers = [];
  const edits = [];
  const editing = (async () => {
    for (let v = 2; !reportDone; v++) {
      const e0 = performance.now();
      const wait = client.waitForDiagnostics(uri, (p) => p.version === v, 300000);
      await client.change(uri, v, `${text}\n// edit ${v}\n`);
      await wait;
      if (!reportDone) edits.push(performance.now() - e0);
    }
  })();
  for (let k = 0; !reportDone; k++) {
    const h0 = performance.now();
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positions[k % positions.length] });
    if (!reportDone) hovers.push(performance.now() - h0);
    await new Promise((r) => setTimeout(r, 20));
  }
  await editing;
  const html = await report;
  const reportMs = performance.now() - t0;
  line(
    `  report: ${fmt(reportMs)}, ${(String(html).length / 1024).toFixed(0)} KiB of HTML; ${hovers.length} hovers and ${edits.length} edits while it ran`,
  );
  if (hovers.length) target('hover during the report', hovers, 95, 50);
  if (edits.length) line(`  edit → diagnostics during the report   p50 ${fmt(pct(edits, 50))}   p95 ${fmt(pct(edits, 95))}`);
  await client.shutdown();
  line();
}

/**
 * A real monorepo scanned from its root, as a user or a CI job runs it: against the parse floor
 * of the same files. Its sources come from the real-world development set's local mirror
 * (bench/realworld/README.md); without one the row says how to get it.
 */
async function monorepo() {
  const name = args.includes('--monorepo') ? args[args.indexOf('--monorepo') + 1] : 'midday';
  const { loadApp, findMirror, exportedRoot } = await import('./realworld/run.mjs');
  const app = loadApp(path.join(root, 'bench', 'realworld', 'apps'), name);
  const gitDir = findMirror(process.env.DISCLOSE_MIRRORS || '/work/.mirror', app.repo);
  if (!gitDir) {
    line(`Monorepo scan: skipped — no local mirror of ${app.repo} (fetch github:${app.repo}; see bench/realworld/README.md)`);
    line();
    return;
  }
  const dir = exportedRoot(app, gitDir).dir;
  const files = Number(execFileSync(process.execPath, [path.join(root, 'bench', 'parse-floor-files.cjs'), dir], { encoding: 'utf8' }));
  line(`Monorepo scan: ${app.name} (${app.repo} @ ${app.commit.slice(0, 12)}) from its root, ${files} files, ${runs} runs each`);
  // Floor and scan alternate, run by run: a machine whose speed drifts within the minute (shared
  // cores) moves both, and the ratio is taken per pair before the median.
  const [floor, cold, ratio] = paired(
    ['floor (parse the same files)', [path.join(root, 'bench', 'parse-floor-files.cjs'), dir]],
    [
      'disclose check, cold (--no-cache)',
      [cli, 'check', dir, '--no-cache', '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
    ],
    runs,
  );
  line('  ratios:');
  line(`    cold / floor      ${ratio.toFixed(2)}×   (target ≤ 2; median of the ${runs} paired runs' ratios)`);
  line(`    peak memory cold  ${mib(cold.kb)}   (target ≤ 1.5 GB)`);
  // Where a cold run's time goes (one more run, DISCLOSE_TIMINGS): phases nest, rounds include their parsing.
  const timings = spawnSync(
    process.execPath,
    [cli, 'check', dir, '--no-cache', '--fail-on', 'never', '--format', 'json', '--output', os.devNull],
    { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, DISCLOSE_TIMINGS: '1' } },
  );
  const table = timings.stderr.split('\n').filter((l) => /^ {2}\S|^ {4}\S/.test(l) && /\d ms/.test(l));
  if (table.length) {
    line('  time by phase (one more cold run):');
    for (const l of table) line(`  ${l}`);
  }
  line();
}

if (!fs.existsSync(cli)) throw new Error('run npm run build first');
line(`disclose bench — node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()}`);
line();
if (!only || only === 'scan') scan();
if (!only || only === 'editor') await editor();
if (!only || only === 'responsive') await responsive();
if (!only || only === 'scaling') scaling();
if (!only || only === 'parallel') parallel();
if (!only || only === 'chain') chain();
if (!only || only === 'monorepo') await monorepo();
