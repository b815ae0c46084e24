#!/usr/bin/env node
// Re-checks the SDK catalog (rules/sdks/*.yaml) against the published type definitions its calls
// were taken from (rules/sdks/provenance.json). Run by hand; it needs the npm registry:
//
//   node bench/catalog/verify.mjs                    every entry
//   node bench/catalog/verify.mjs stripe postmark    some entries
//   node bench/catalog/verify.mjs --record loops     record where each call of an entry is declared
//   node bench/catalog/verify.mjs --record --from openai@3.3.0 openai-v3
//   node bench/catalog/verify.mjs --members postmark list the methods a package declares
//
// Packages are fetched with `npm pack` into $CATALOG_PACKS (default: <tmpdir>/catalog-packs) and
// only their .d.ts files are read: nothing is installed, required or run.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SDKS = path.join(ROOT, 'rules', 'sdks');
const PROVENANCE = path.join(SDKS, 'provenance.json');
const PACKS = process.env.CATALOG_PACKS ?? path.join(os.tmpdir(), 'catalog-packs');
const MAX_FILE = 8 * 1024 * 1024;

const args = process.argv.slice(2);
const record = args.includes('--record');
const members = args.includes('--members');
const force = args.includes('--force');
const from = [];
const ids = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--from') from.push(args[++i]);
  else if (!args[i].startsWith('--')) ids.push(args[i]);
}

function loadCatalog() {
  const entries = [];
  for (const f of fs
    .readdirSync(SDKS)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    for (const e of parseYaml(fs.readFileSync(path.join(SDKS, f), 'utf8')).sdks) entries.push({ ...e, file: f });
  }
  return entries;
}

function loadProvenance() {
  return fs.existsSync(PROVENANCE) ? JSON.parse(fs.readFileSync(PROVENANCE, 'utf8')) : { version: 1, sdks: {} };
}

/** The package part of an import specifier: `posthog-js/react` → `posthog-js`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const packed = new Map();
/** `npm pack` a spec into the cache and unpack it; returns { name, version, dir } or undefined. */
function pack(spec) {
  if (packed.has(spec)) return packed.get(spec);
  let result;
  try {
    fs.mkdirSync(PACKS, { recursive: true });
    const exact = /^(@?[^@]+)@(\d[^:]*)$/.exec(spec);
    const cached = exact && path.join(PACKS, `${exact[1].replace('/', '+')}@${exact[2]}`);
    if (cached && fs.existsSync(path.join(cached, 'package'))) {
      result = { name: exact[1], version: exact[2], dir: path.join(cached, 'package') };
    } else {
      const out = execFileSync('npm', ['pack', spec, '--json', '--silent', '--pack-destination', PACKS], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 512 * 1024 * 1024,
      });
      const info = JSON.parse(out)[0];
      const dest = path.join(PACKS, `${info.name.replace('/', '+')}@${info.version}`);
      fs.mkdirSync(dest, { recursive: true });
      execFileSync('tar', ['xzf', path.join(PACKS, info.filename), '-C', dest, '--no-same-owner', '--no-same-permissions'], {
        stdio: 'ignore',
      });
      fs.rmSync(path.join(PACKS, info.filename), { force: true });
      // Most tarballs unpack into package/; a few use another top folder.
      const top = fs.readdirSync(dest)[0];
      result = { name: info.name, version: info.version, dir: path.join(dest, top) };
    }
  } catch {
    result = undefined;
  }
  packed.set(spec, result);
  return result;
}

function dtsFiles(dir) {
  const out = [];
  const walk = (d, depth) => {
    if (depth > 12) return;
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) walk(p, depth + 1);
      else if (ent.isFile() && /\.d\.[cm]?ts$/.test(ent.name) && fs.statSync(p).size <= MAX_FILE) out.push(p);
    }
  };
  walk(dir, 0);
  return out.sort();
}

const texts = new Map();
function text(file) {
  if (!texts.has(file)) {
    // Comments are dropped so that a name mentioned in documentation does not count as declared.
    texts.set(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/(^|\s)\/\/.*$/gm, '$1'),
    );
  }
  return texts.get(file);
}

const esc = (s) => s.replace(/[$]/g, '\\$');
/** Does this declaration file declare `name` as a function, method, property or export? */
function declares(file, name) {
  const t = text(file);
  if (name === '') return /export\s*=|export\s+default|export\s+(declare\s+)?(function|const|class)\s|declare\s+function\s/.test(t);
  const n = esc(name);
  const member = new RegExp(
    `(^|[\\s;{,(|&])((public|private|protected|readonly|static|abstract|async|declare|export|default|get|set)\\s+)*(function\\s*\\*?\\s*|const\\s+|let\\s+|var\\s+|class\\s+|interface\\s+|namespace\\s+)?['"]?${n}['"]?\\s*[?!]?\\s*(<[^;{}]*?>)?\\s*[(:=]`,
    'm',
  );
  const exported = new RegExp(`\\bas\\s+${n}\\b|[{,]\\s*${n}\\s*[,}]|(class|interface|namespace|function)\\s+${n}\\b`);
  return member.test(t) || exported.test(t);
}

function parseSource(src) {
  const m = /^(@?[^@:]+)@([^:]+):(.+)$/.exec(src);
  return m ? { name: m[1], version: m[2], file: m[3] } : undefined;
}

function candidates(entry) {
  if (from.length) return from;
  const specs = [];
  for (const p of entry.packages ?? []) {
    const base = packageOf(p);
    if (!specs.includes(base)) specs.push(base);
  }
  return specs;
}

/** The packages to look in, with @types/<name> standing in for a package that ships no types. */
function typedPackages(entry) {
  const out = [];
  for (const spec of candidates(entry)) {
    const p = pack(spec);
    if (p && dtsFiles(p.dir).length) out.push(p);
    else {
      const name = spec.replace(/@[^@/]*$/, '').replace(/^(@.+?)@.*$/, '$1');
      const typesName = name.startsWith('@') ? `@types/${name.slice(1).replace('/', '__')}` : `@types/${name}`;
      const t = pack(typesName);
      if (t && dtsFiles(t.dir).length) out.push(t);
      else process.stderr.write(`  ${spec}: no type definitions found\n`);
    }
  }
  return out;
}

function recordEntry(entry, prov) {
  const pkgs = typedPackages(entry);
  const calls = (prov.sdks[entry.id] ??= {});
  const missing = [];
  for (const c of entry.calls) {
    if (calls[c.method] && !force) continue;
    const segs = c.method.split('.');
    const last = segs[segs.length - 1];
    let found;
    for (const p of pkgs) {
      const files = dtsFiles(p.dir);
      const hits = files.filter((f) => declares(f, last));
      if (!hits.length) continue;
      // Prefer the file whose path names the earlier segments (resources/chat/completions…), that
      // declares the segment before, and declares the method as a method; then the shorter path.
      const prev = segs.length > 1 ? segs[segs.length - 2] : undefined;
      const score = (f) => {
        const rel = path.relative(p.dir, f).toLowerCase();
        let s = 0;
        for (const seg of segs.slice(0, -1)) if (rel.includes(seg.toLowerCase())) s += 4;
        if (prev && declares(f, prev)) s += 2;
        if (new RegExp(`(^|[\\s;{,])${esc(last)}\\s*[?]?\\s*(<[^;{}]*?>)?\\s*\\(`, 'm').test(text(f))) s += 3;
        if (/internal|error/.test(rel)) s -= 2;
        return s;
      };
      const best = hits.map((f) => [score(f), f]).sort((a, b) => b[0] - a[0] || a[1].length - b[1].length)[0][1];
      found = `${p.name}@${p.version}:${path.relative(p.dir, best)}`;
      break;
    }
    if (found) calls[c.method] = found;
    else missing.push(c.method || '(root call)');
  }
  return missing;
}

function verifyEntry(entry, prov) {
  const problems = [];
  const calls = prov.sdks[entry.id] ?? {};
  let docs = 0;
  for (const c of entry.calls) {
    const src = calls[c.method];
    if (!src) {
      problems.push(`${c.method || '(root call)'}: no provenance`);
      continue;
    }
    if (/^https:\/\//.test(src)) {
      docs++;
      continue;
    }
    const s = parseSource(src);
    if (!s) {
      problems.push(`${c.method}: unreadable source ${src}`);
      continue;
    }
    const p = pack(`${s.name}@${s.version}`);
    if (!p) {
      problems.push(`${c.method}: cannot pack ${s.name}@${s.version}`);
      continue;
    }
    const file = path.join(p.dir, s.file);
    if (!fs.existsSync(file)) {
      problems.push(`${c.method}: ${s.file} is not in ${s.name}@${s.version}`);
      continue;
    }
    const segs = c.method.split('.');
    if (!declares(file, segs[segs.length - 1])) problems.push(`${c.method}: not declared in ${s.name}@${s.version}:${s.file}`);
    // The earlier segments (`auth` of `auth.signUp`) may be declared by the package the entry is
    // imported as (@supabase/supabase-js) rather than by the one that declares the method.
    const prefix = segs.slice(0, -1).filter((seg) => !dtsFiles(p.dir).some((f) => declares(f, seg)));
    if (prefix.length) {
      const companions = (entry.packages ?? [])
        .map(packageOf)
        .filter((n) => n !== s.name)
        .map((n) => pack(n))
        .filter(Boolean);
      for (const seg of prefix) {
        if (!companions.some((q) => dtsFiles(q.dir).some((f) => declares(f, seg))))
          problems.push(`${c.method}: '${seg}' is declared nowhere in ${s.name}@${s.version} or the entry's other packages`);
      }
    }
  }
  for (const m of Object.keys(calls))
    if (!entry.calls.some((c) => c.method === m)) problems.push(`${m}: provenance for a call the entry no longer has`);
  return { problems, docs };
}

function listMembers(spec) {
  const p = pack(spec);
  if (!p) {
    console.error(`cannot pack ${spec}`);
    return;
  }
  console.log(`${p.name}@${p.version}`);
  for (const f of dtsFiles(p.dir)) {
    const names = new Set();
    for (const m of text(f).matchAll(
      /(?:^|[\s;{,])(?:(?:public|readonly|static|async|declare|export|default)\s+)*(?:function\s+)?([A-Za-z_$][\w$]*)\s*[?]?\s*(?:<[^;{}()]*?>)?\s*\(/gm,
    ))
      names.add(m[1]);
    for (const w of ['if', 'for', 'while', 'switch', 'return', 'constructor', 'function', 'typeof', 'new', 'keyof']) names.delete(w);
    if (names.size) console.log(`  ${path.relative(p.dir, f)}: ${[...names].join(' ')}`);
  }
}

if (members) {
  for (const spec of ids) listMembers(spec);
  process.exit(0);
}

const catalog = loadCatalog();
const prov = loadProvenance();
const selected = ids.length ? catalog.filter((e) => ids.includes(e.id)) : catalog;
for (const id of ids) if (!catalog.some((e) => e.id === id)) console.error(`no entry ${id}`);
let failed = 0;
if (record) {
  for (const e of selected) {
    const missing = recordEntry(e, prov);
    console.log(`${e.id}: ${missing.length ? `NOT FOUND ${missing.join(', ')}` : 'recorded'}`);
    if (missing.length) failed++;
  }
  // Merged into the file as it is now, so that runs for different entries can go side by side.
  const current = loadProvenance();
  for (const e of selected) if (prov.sdks[e.id]) current.sdks[e.id] = prov.sdks[e.id];
  const sorted = Object.fromEntries(Object.entries(current.sdks).sort(([a], [b]) => a.localeCompare(b)));
  // Written aside and renamed, so that a run reading the file never sees it half written.
  const tmp = `${PROVENANCE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify({ ...current, sdks: sorted }, null, 1)}\n`);
  fs.renameSync(tmp, PROVENANCE);
} else {
  for (const e of selected) {
    const { problems, docs } = verifyEntry(e, prov);
    if (problems.length) {
      failed++;
      console.log(`${e.id}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    } else console.log(`${e.id}: ok (${e.calls.length - docs} calls checked against .d.ts${docs ? `, ${docs} from documentation` : ''})`);
  }
}
console.log(`${selected.length - failed}/${selected.length} entries ${record ? 'recorded' : 'verified'}`);
process.exit(failed ? 1 : 0);
