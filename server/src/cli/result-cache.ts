import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DiscloseConfig } from '../analysis/config/config';
import type { EngineProblem } from '../analysis/engine';
import type { Finding, Flow } from '../analysis/flows/finding';
import { readBytes, readTextFile, tryReadTextFile, writeTextFile } from '../analysis/workspace/safe-fs';

/**
 * An on-disk cache of whole-run results. Its key covers everything a result depends on: every
 * analysed file, each configuration and the policy pack it names (by content), the project
 * files TypeScript reads (tsconfig, jsconfig, package.json) from each analysed folder up to
 * the root, the options and the engine itself. An entry must also prove it was written by this
 * user (an HMAC with a secret kept 0600 beside it) and have the shape of a result; anything
 * else is recomputed. Entries hold endpoints and file names: the folder is 0700, files 0600.
 */
export interface CachedResult {
  findings: Finding[];
  flows: Flow[];
  problems: EngineProblem[];
}

function cacheBase(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'disclose');
}

/** The cache folder, created 0700 and refused unless it is a real folder of this user. */
function cacheDir(): string {
  const dir = path.join(cacheBase(), 'runs');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const d of [cacheBase(), dir]) {
    const st = fs.lstatSync(d);
    if (!st.isDirectory() || (process.getuid && st.uid !== process.getuid())) throw new Error('cache folder not ours');
    if ((st.mode & 0o077) !== 0) fs.chmodSync(d, 0o700);
  }
  return dir;
}

let secret: Buffer | undefined;
function userSecret(): Buffer {
  if (secret) return secret;
  const file = path.join(cacheDir(), '..', 'secret');
  try {
    const st = fs.lstatSync(file);
    if (st.isFile() && (st.mode & 0o077) === 0 && (!process.getuid || st.uid === process.getuid())) {
      const b = readBytes(file, { kind: 'cache', maxBytes: 64 });
      if (b.length === 32) return (secret = b);
    }
    fs.unlinkSync(file);
  } catch {
    /* none yet, or replaced below */
  }
  const fresh = randomBytes(32);
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600);
  try {
    fs.writeSync(fd, fresh);
  } finally {
    fs.closeSync(fd);
  }
  return (secret = fresh);
}

let engineHash: string | undefined;
function engineIdentity(): string {
  if (!engineHash) {
    const h = createHash('sha256');
    // The bundle and the built-in rules beside it (lexicon, SDK catalog, policy packs).
    for (const f of [__filename, path.join(__dirname, 'rules-snapshot.json')])
      h.update(tryReadTextFile(f, { kind: 'cache' }) ?? '\0missing');
    engineHash = h.digest('hex');
  }
  return engineHash;
}

export interface CacheKeyParts {
  root: string;
  files: string[];
  texts: (f: string) => string | undefined;
  /** The configurations in force (their files and their policy packs are hashed by content). */
  configs: DiscloseConfig[];
  options: unknown;
  /** Every tsconfig, jsconfig and manifest the project model read, and the sources outside the root it reached. */
  inputs?: Array<{ file: string; text: string }>;
}

export function cacheKey(parts: CacheKeyParts): string {
  const h = createHash('sha256');
  const field = (s: string | Buffer) => {
    h.update(String(s.length));
    h.update(':');
    h.update(s);
  };
  field(engineIdentity());
  field(JSON.stringify(parts.options) ?? '');
  field(parts.root);
  const seen = new Set<string>();
  for (const c of parts.configs) {
    const id = `${c.file ?? ''}\0${c.policy.file}`;
    if (seen.has(id)) continue;
    seen.add(id);
    field(c.file ?? 'default');
    field(c.file ? (tryReadTextFile(c.file, { kind: 'config' }) ?? '\0missing') : '');
    // The pack as loaded: a custom pack's content and a built-in one's, whichever it is.
    field(JSON.stringify(c.policy));
  }
  for (const i of parts.inputs ?? []) {
    field(i.file);
    field(createHash('sha256').update(i.text).digest('hex'));
  }
  for (const f of parts.files) {
    field(f);
    field(parts.texts(f) ?? '\0missing');
  }
  return h.digest('hex');
}

function mac(key: string, body: string): Buffer {
  return createHmac('sha256', userSecret()).update(key).update('\0').update(body).digest();
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
function isLocation(v: unknown): boolean {
  const l = v as Record<string, unknown> | null;
  return !!l && typeof l === 'object' && isStr(l.file) && isNum(l.line) && isNum(l.column) && isNum(l.endLine) && isNum(l.endColumn);
}
function isFlow(v: unknown, files: Set<string>): boolean {
  const f = v as Record<string, unknown> | null;
  return (
    !!f &&
    typeof f === 'object' &&
    isStr(f.message) &&
    isStr(f.fingerprint) &&
    isLocation(f.location) &&
    files.has((f.location as { file: string }).file) &&
    Array.isArray(f.dataCategories) &&
    f.dataCategories.every(isStr) &&
    Array.isArray(f.data) &&
    Array.isArray(f.chain) &&
    f.chain.every(isLocation) &&
    !!f.sink &&
    typeof f.sink === 'object' &&
    isLocation((f.sink as { location?: unknown }).location)
  );
}

/** A result of the right shape, about the files of this run; else undefined. */
function validated(v: unknown, files: Set<string>): CachedResult | undefined {
  const r = v as Partial<CachedResult> | null;
  if (!r || typeof r !== 'object' || !Array.isArray(r.findings) || !Array.isArray(r.flows) || !Array.isArray(r.problems)) return undefined;
  if (!r.findings.every((f) => isFlow(f, files) && isStr(f.ruleId) && ['error', 'warning', 'information'].includes(f.severity)))
    return undefined;
  if (!r.flows.every((f) => isFlow(f, files))) return undefined;
  if (!r.problems.every((p) => p && isStr(p.file) && isStr(p.message))) return undefined;
  return r as CachedResult;
}

function entryFile(key: string): string {
  return path.join(cacheDir(), `${key.slice(0, 40)}.json`);
}

/** The cached result of exactly this run, or undefined (missing, planted, stale or malformed). */
export function readCache(key: string, files: string[]): CachedResult | undefined {
  try {
    const file = entryFile(key);
    const text = readTextFile(file, { kind: 'cache', within: path.dirname(file) });
    const nl = text.indexOf('\n');
    if (nl < 0) return undefined;
    const head = JSON.parse(text.slice(0, nl)) as { mac?: unknown; key?: unknown };
    const body = text.slice(nl + 1);
    if (head.key !== key || !isStr(head.mac)) return undefined;
    const expected = mac(key, body);
    const given = Buffer.from(head.mac, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return validated(JSON.parse(body), new Set(files));
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, result: CachedResult): void {
  try {
    const body = JSON.stringify(result);
    const head = JSON.stringify({ key, mac: mac(key, body).toString('hex') });
    const file = entryFile(key);
    writeTextFile(file, `${head}\n${body}`, { mode: 0o600, within: path.dirname(file) });
  } catch {
    /* a cache that cannot be written only costs time */
  }
}
