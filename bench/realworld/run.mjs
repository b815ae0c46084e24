// npm run realworld: Disclose on real open-source applications, scanned from their repository root, against
// hand labels (bench/realworld/apps/*.yaml). A benchmark, not a test: it exits 0 whatever the figures are,
// and 2 only when an input (a label file, an option) is malformed.
//   node bench/realworld/run.mjs [--app NAME]… [--json] [--labels DIR] [-- extra flags for `disclose check`]
// Mirrors: $DISCLOSE_MIRRORS (default /work/.mirror), one folder per repository named owner+name, as the
// workspace's `fetch` tool creates them. Exported trees are cached in $XDG_CACHE_HOME (or ~/.cache)/disclose-realworld.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const defaultAppsDir = path.join(root, 'bench', 'realworld', 'apps');
const cli = path.join(root, 'dist', 'cli.js');
// Git runs on mirrors fetched from the internet: no hooks, no fsmonitor command from their config.
const GIT = ['-c', 'core.fsmonitor=', '-c', 'core.hooksPath=/dev/null'];

class InputError extends Error {}

// ---------------------------------------------------------------- options

function parseOptions(argv) {
  const dash = argv.indexOf('--');
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const opts = { apps: [], json: false, labels: defaultAppsDir, extra: dash >= 0 ? argv.slice(dash + 1) : [] };
  for (let i = 0; i < own.length; i++) {
    const a = own[i];
    if (a === '--json') opts.json = true;
    else if (a === '--app') {
      const v = own[++i];
      if (!v || v.startsWith('--')) throw new InputError('--app needs an application name');
      opts.apps.push(v);
    } else if (a.startsWith('--app=')) opts.apps.push(a.slice('--app='.length));
    else if (a === '--labels') {
      const v = own[++i];
      if (!v || v.startsWith('--')) throw new InputError('--labels needs a folder');
      opts.labels = path.resolve(v);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('node bench/realworld/run.mjs [--app NAME]… [--json] [--labels DIR] [-- flags for disclose check]\n');
      process.exit(0);
    } else throw new InputError(`unknown option '${a}' (flags for disclose check go after --)`);
  }
  return opts;
}

// ---------------------------------------------------------------- labels

const isText = (v) => typeof v === 'string' && v.trim() !== '';
const isLine = (v) => Number.isInteger(v) && v >= 1;

/** Reads and checks one label file; every problem is reported with its place. */
export function validateApp(doc, source) {
  const problems = [];
  const need = (ok, what) => ok || problems.push(`${source}: ${what}`);
  if (!doc || typeof doc !== 'object') throw new InputError(`${source}: not a YAML mapping`);
  need(isText(doc.name) && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(doc.name), 'name must be kebab-case');
  need(isText(doc.repo) && /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(doc.repo), 'repo must be owner/name');
  need(isText(doc.commit) && /^[0-9a-f]{40}$/.test(doc.commit), 'commit must be 40 lower-case hex digits');
  need(Array.isArray(doc.flows), 'flows must be a list');
  need(doc.negatives === undefined || Array.isArray(doc.negatives), 'negatives must be a list');
  const relative = (f) => isText(f) && !path.isAbsolute(f) && !f.split(/[\\/]/).includes('..');
  (Array.isArray(doc.flows) ? doc.flows : []).forEach((f, i) => {
    const at = `flows[${i}]`;
    if (!f || typeof f !== 'object') return need(false, `${at} is not a mapping`);
    need(relative(f.file), `${at}.file must be a path relative to the repository root`);
    need(isLine(f.line), `${at}.line must be a positive integer`);
    need(isText(f.recipient), `${at}.recipient is missing`);
    need(Array.isArray(f.categories) && f.categories.length > 0 && f.categories.every(isText), `${at}.categories must be a non-empty list`);
    need(typeof f.resolvable === 'boolean', `${at}.resolvable must be true or false`);
    need(isText(f.why), `${at}.why is missing`);
    need(f.addedAfterRun === undefined || typeof f.addedAfterRun === 'boolean', `${at}.addedAfterRun must be true or false`);
  });
  (Array.isArray(doc.negatives) ? doc.negatives : []).forEach((n, i) => {
    const at = `negatives[${i}]`;
    if (!n || typeof n !== 'object') return need(false, `${at} is not a mapping`);
    need(relative(n.file), `${at}.file must be a path relative to the repository root`);
    need(isLine(n.line), `${at}.line must be a positive integer`);
    need(isText(n.why), `${at}.why is missing`);
  });
  if (problems.length) throw new InputError(problems.join('\n'));
  return { ...doc, negatives: doc.negatives ?? [] };
}

function loadApps(appsDir, selected) {
  if (!fs.existsSync(appsDir)) throw new InputError(`no label folder ${appsDir}`);
  const files = fs
    .readdirSync(appsDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const apps = files.map((f) => {
    const full = path.join(appsDir, f);
    const source = full.startsWith(root + path.sep) ? path.relative(root, full) : full;
    let doc;
    try {
      doc = YAML.parse(fs.readFileSync(path.join(appsDir, f), 'utf8'));
    } catch (e) {
      throw new InputError(`${source}: ${e.message}`);
    }
    return validateApp(doc, source);
  });
  const names = new Set();
  for (const a of apps) {
    if (names.has(a.name)) throw new InputError(`two label files name the application '${a.name}'`);
    names.add(a.name);
  }
  for (const s of selected) if (!names.has(s)) throw new InputError(`no labelled application '${s}' (have: ${[...names].join(', ')})`);
  return selected.length ? apps.filter((a) => selected.includes(a.name)) : apps;
}

/** One labelled application by name (for the bench's monorepo row). */
export function loadApp(appsDir, name) {
  return loadApps(appsDir, [name])[0];
}

// ---------------------------------------------------------------- mirrors and export

const isGitDir = (d) => fs.existsSync(path.join(d, 'HEAD')) && fs.existsSync(path.join(d, 'objects'));

/** The git directory of owner/name under the mirrors folder, or undefined. */
export function findMirror(mirrors, repo) {
  if (!fs.existsSync(mirrors)) return undefined;
  const want = repo.replace('/', '+').toLowerCase();
  const folder = fs.readdirSync(mirrors, { withFileTypes: true }).find((e) => e.isDirectory() && e.name.toLowerCase() === want);
  if (!folder) return undefined;
  const base = path.join(mirrors, folder.name);
  if (isGitDir(base)) return base;
  for (const candidate of ['repo', 'repo.git', '.git']) if (isGitDir(path.join(base, candidate))) return path.join(base, candidate);
  const inner = fs.readdirSync(base, { withFileTypes: true }).find((e) => e.isDirectory() && isGitDir(path.join(base, e.name)));
  return inner ? path.join(base, inner.name) : undefined;
}

function git(gitDir, args, opts = {}) {
  return spawnSync('git', [...GIT, `--git-dir=${gitDir}`, ...args], { maxBuffer: 1 << 30, ...opts });
}

/** Writes the commit's tree into dest: `git archive | tar -x`, or blob by blob when the mirror lacks some large blobs. */
function exportTree(gitDir, commit, dest) {
  fs.mkdirSync(dest, { recursive: true });
  const archive = git(gitDir, ['archive', commit]);
  if (archive.status === 0) {
    const tar = spawnSync('tar', ['-x', '-C', dest], { input: archive.stdout, maxBuffer: 1 << 30 });
    if (tar.status === 0) return { missing: [] };
    throw new Error(`tar -x failed: ${tar.stderr}`);
  }
  // Partial mirrors leave out some blobs (large images, mostly): export what is there, regular files only.
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const list = git(gitDir, ['ls-tree', '-r', '-z', commit]);
  if (list.status !== 0) throw new Error(`git ls-tree failed: ${list.stderr}`);
  const entries = list.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((e) => {
      const tab = e.indexOf('\t');
      const [mode, type, sha] = e.slice(0, tab).split(' ');
      return { mode, type, sha, file: e.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755'));
  const check = git(gitDir, ['cat-file', '--batch-check'], { input: entries.map((e) => e.sha).join('\n') + '\n' });
  const present = new Set(
    check.stdout
      .toString('utf8')
      .split('\n')
      .filter((l) => / blob \d+$/.test(l))
      .map((l) => l.split(' ')[0]),
  );
  const missing = [];
  const wanted = entries.filter((e) => (present.has(e.sha) ? true : (missing.push(e.file), false)));
  const blobs = git(gitDir, ['cat-file', '--batch'], { input: wanted.map((e) => e.sha).join('\n') + '\n' });
  if (blobs.status !== 0) throw new Error(`git cat-file failed: ${blobs.stderr}`);
  const out = blobs.stdout;
  let at = 0;
  for (const e of wanted) {
    const nl = out.indexOf(10, at);
    const size = Number(out.subarray(at, nl).toString('utf8').split(' ')[2]);
    const target = path.join(dest, e.file);
    if (!target.startsWith(dest + path.sep)) throw new Error(`unsafe path in tree: ${e.file}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, out.subarray(nl + 1, nl + 1 + size), { mode: e.mode === '100755' ? 0o755 : 0o644 });
    at = nl + 1 + size + 1;
  }
  return { missing };
}

/** The exported tree of app at its pinned commit, from the cache or freshly exported. */
export function exportedRoot(app, gitDir) {
  const cacheBase = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'disclose-realworld');
  const dest = path.join(cacheBase, `${app.name}-${app.commit}`);
  const done = `${dest}.complete`;
  if (fs.existsSync(done) && fs.existsSync(dest))
    return { dir: dest, cached: true, missing: JSON.parse(fs.readFileSync(done, 'utf8')).missing ?? [] };
  const tmp = `${dest}.partial-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(dest, { recursive: true, force: true });
  const { missing } = exportTree(gitDir, app.commit, tmp);
  fs.renameSync(tmp, dest);
  fs.writeFileSync(done, JSON.stringify({ commit: app.commit, missing }));
  return { dir: dest, cached: false, missing };
}

// ---------------------------------------------------------------- running Disclose

function runDisclose(dir, extra) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, 'check', dir, '--format', 'json', '--no-cache', '--fail-on', 'never', ...extra], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code) =>
      resolve({
        code,
        ms: Number(process.hrtime.bigint() - t0) / 1e6,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

// ---------------------------------------------------------------- matching

const norm = (f) => f.replace(/\\/g, '/').replace(/^\.\//, '');
const key = (file, line) => `${norm(file)}:${line}`;
const words = (s) =>
  new Set(
    String(s ?? '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3),
  );

/** How well a finding names the flow's recipient: shared words between the label and the finding's vendor/endpoint/recipient. */
function affinity(flow, finding) {
  const label = words(flow.recipient);
  const seen = words([finding.sink?.vendor, finding.endpoint, finding.recipient, finding.message].join(' '));
  let n = 0;
  for (const w of label) if (seen.has(w)) n++;
  return n;
}

/**
 * Pairs findings with labelled flows at the same (file, line). Several flows may share a line (one call, two
 * recipients); findings there are paired with the flow whose recipient they name first, then in order. A
 * finding with no flow left at its place is an extra; at a negative's place it is also a false positive.
 */
export function matchFindings(app, findings) {
  const flowsAt = new Map();
  for (const f of app.flows) {
    const k = key(f.file, f.line);
    if (!flowsAt.has(k)) flowsAt.set(k, []);
    flowsAt.get(k).push(f);
  }
  const negatives = new Set(app.negatives.map((n) => key(n.file, n.line)));
  const findingsAt = new Map();
  for (const x of findings) {
    const k = key(x.file, x.line);
    if (!findingsAt.has(k)) findingsAt.set(k, []);
    findingsAt.get(k).push(x);
  }
  const found = new Set();
  const extras = [];
  let matched = 0;
  for (const [k, xs] of findingsAt) {
    const open = [...(flowsAt.get(k) ?? [])];
    const left = [];
    for (const x of xs) {
      let best = -1;
      let bestScore = 0;
      open.forEach((f, i) => {
        const s = affinity(f, x);
        if (s > bestScore) ((best = i), (bestScore = s));
      });
      if (best >= 0) {
        found.add(open[best]);
        open.splice(best, 1);
        matched++;
      } else left.push(x);
    }
    for (const x of left) {
      if (open.length) {
        found.add(open.shift());
        matched++;
      } else extras.push({ ...x, onNegative: negatives.has(k) });
    }
  }
  const resolvable = app.flows.filter((f) => f.resolvable);
  const foundResolvable = resolvable.filter((f) => found.has(f));
  return {
    flows: app.flows.length,
    resolvable: resolvable.length,
    found: foundResolvable.length,
    foundAll: found.size,
    recall: resolvable.length ? foundResolvable.length / resolvable.length : null,
    findings: findings.length,
    matched,
    precision: findings.length ? matched / findings.length : null,
    negativeHits: extras.filter((x) => x.onNegative).length,
    misses: resolvable.filter((f) => !found.has(f)),
    extras,
  };
}

// ---------------------------------------------------------------- report

const ratio = (v) => (v === null ? '  —  ' : v.toFixed(2));
const secs = (ms) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function printTable(rows, total) {
  const head = ['app', 'flows', 'resolvable', 'found', 'recall', 'findings', 'matched', 'precision', 'on negatives', 'wall time'];
  const cells = [...rows, total].map((r) =>
    r.status !== 'ok'
      ? [r.name, String(r.flows ?? '—'), String(r.resolvable ?? '—'), '—', '—', '—', '—', '—', '—', r.status]
      : [
          r.name,
          String(r.flows),
          String(r.resolvable),
          String(r.found),
          ratio(r.recall),
          String(r.findings),
          String(r.matched),
          ratio(r.precision),
          String(r.negativeHits),
          secs(r.ms),
        ],
  );
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const row = (c) => c.map((v, i) => (i === 0 ? v.padEnd(width[i]) : v.padStart(width[i]))).join('  ');
  const out = [
    row(head),
    width.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(0, -1).map(row),
    width.map((w) => '-'.repeat(w)).join('  '),
    row(cells[cells.length - 1]),
  ];
  process.stdout.write(out.join('\n') + '\n');
}

function printDetails(r) {
  if (r.status !== 'ok') return;
  process.stdout.write(`\n${r.name} (${r.repo} @ ${r.commit.slice(0, 12)}, ${r.filesScanned ?? '?'} files scanned)\n`);
  if (r.missingBlobs) process.stdout.write(`  note: ${r.missingBlobs} file(s) absent from the mirror were not exported\n`);
  process.stdout.write(`  misses (${r.misses.length}):\n`);
  for (const f of r.misses) process.stdout.write(`    ${f.file}:${f.line}  ${f.recipient}  ${f.why}\n`);
  process.stdout.write(`  extra findings (${r.extras.length}):\n`);
  for (const x of r.extras)
    process.stdout.write(
      `    ${x.file}:${x.line}  ${x.ruleId}${x.onNegative ? ' [labelled negative]' : ''}  ${clip(String(x.message).replace(/\s+/g, ' '), 120)}\n`,
    );
}

function totals(rows) {
  const ok = rows.filter((r) => r.status === 'ok');
  const sum = (k) => ok.reduce((n, r) => n + r[k], 0);
  const t = {
    name: 'total',
    status: ok.length ? 'ok' : 'no app ran',
    flows: sum('flows'),
    resolvable: sum('resolvable'),
    found: sum('found'),
    findings: sum('findings'),
    matched: sum('matched'),
    negativeHits: sum('negativeHits'),
    ms: sum('ms'),
  };
  t.recall = t.resolvable ? t.found / t.resolvable : null;
  t.precision = t.findings ? t.matched / t.findings : null;
  return t;
}

// ---------------------------------------------------------------- main

async function main() {
  let opts;
  let apps;
  try {
    opts = parseOptions(process.argv.slice(2));
    apps = loadApps(opts.labels, opts.apps);
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`realworld: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  if (!fs.existsSync(cli)) {
    process.stderr.write(`realworld: ${path.relative(root, cli)} is missing; run npm run build first (npm run realworld does)\n`);
    process.exit(2);
  }
  const mirrors = process.env.DISCLOSE_MIRRORS || '/work/.mirror';
  const log = (s) => (opts.json ? process.stderr : process.stdout).write(s + '\n');
  const rows = [];
  for (const app of apps) {
    const base = {
      name: app.name,
      repo: app.repo,
      commit: app.commit,
      flows: app.flows.length,
      resolvable: app.flows.filter((f) => f.resolvable).length,
    };
    const gitDir = findMirror(mirrors, app.repo);
    if (!gitDir) {
      log(
        `${app.name}: no mirror of ${app.repo} under ${mirrors} — fetch the repository first (github:${app.repo}), then run again. Skipped.`,
      );
      rows.push({ ...base, status: 'no mirror' });
      continue;
    }
    if (git(gitDir, ['cat-file', '-e', `${app.commit}^{commit}`]).status !== 0) {
      log(`${app.name}: the mirror ${gitDir} lacks commit ${app.commit} — fetch the repository again. Skipped.`);
      rows.push({ ...base, status: 'commit missing' });
      continue;
    }
    let tree;
    try {
      tree = exportedRoot(app, gitDir);
    } catch (e) {
      log(`${app.name}: could not export ${app.commit}: ${e.message}. Skipped.`);
      rows.push({ ...base, status: 'export failed' });
      continue;
    }
    log(`${app.name}: scanning ${tree.dir}${tree.cached ? ' (cached export)' : ''} …`);
    const run = await runDisclose(tree.dir, opts.extra);
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      log(`${app.name}: disclose exited ${run.code} without a JSON report:\n${clip(run.stderr.trim(), 2000)}`);
      rows.push({ ...base, status: `disclose exit ${run.code}`, ms: run.ms });
      continue;
    }
    const findings = (report.findings ?? []).map((f) => ({ ...f, file: norm(f.file) }));
    rows.push({
      ...base,
      status: 'ok',
      ms: run.ms,
      filesScanned: report.summary?.filesScanned,
      missingBlobs: tree.missing.length,
      ...matchFindings(app, findings),
    });
  }
  const total = totals(rows);
  if (opts.json) {
    const brief = (r) => ({
      ...r,
      wallSeconds: r.ms === undefined ? undefined : Math.round(r.ms) / 1000,
      ms: undefined,
      misses: r.misses?.map((f) => ({ file: f.file, line: f.line, recipient: f.recipient, why: f.why })),
      extras: r.extras?.map((x) => ({
        file: x.file,
        line: x.line,
        ruleId: x.ruleId,
        message: x.message,
        onNegative: x.onNegative,
        recipient: x.recipient,
        endpoint: x.endpoint,
        vendor: x.sink?.vendor,
      })),
    });
    process.stdout.write(JSON.stringify({ apps: rows.map(brief), total: brief(total) }, null, 2) + '\n');
  } else {
    process.stdout.write('\n');
    printTable(rows, total);
    rows.forEach(printDetails);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`realworld: ${e.stack ?? e}\n`);
    process.exit(1);
  });
}
