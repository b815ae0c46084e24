import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding, Flow } from '../analysis/finding';
import type { EngineProblem } from '../analysis/engine';

/**
 * An on-disk cache of whole-run results, keyed by the content of every analysed file, the
 * configurations, the options and the engine itself: a second run over an unchanged
 * workspace reads the answer instead of computing it. Any change means a fresh analysis.
 */
export interface CachedResult {
  findings: Finding[];
  flows: Flow[];
  problems: EngineProblem[];
}

function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'disclose', 'runs');
}

let engineHash: string | undefined;
function engineIdentity(): string {
  if (!engineHash) {
    const h = createHash('sha256');
    try {
      h.update(fs.readFileSync(__filename));
    } catch {
      h.update(String(Date.now()));
    }
    engineHash = h.digest('hex');
  }
  return engineHash;
}

export function cacheKey(parts: { root: string; files: string[]; texts: (f: string) => string | undefined; configs: string[]; options: unknown; inputs?: Array<{ file: string; text: string }> }): string {
  const h = createHash('sha256');
  h.update(engineIdentity());
  h.update(JSON.stringify(parts.options));
  h.update(parts.root);
  for (const c of parts.configs) {
    h.update(c);
    try {
      h.update(fs.readFileSync(c));
    } catch {
      h.update('missing');
    }
  }
  for (const i of parts.inputs ?? []) {
    h.update(i.file);
    h.update('\0');
    h.update(createHash('sha256').update(i.text).digest('hex'));
  }
  for (const f of parts.files) {
    h.update(f);
    h.update('\0');
    h.update(parts.texts(f) ?? '\u0000missing');
  }
  return h.digest('hex');
}

export function readCache(key: string): CachedResult | undefined {
  try {
    const file = path.join(cacheDir(), `${key.slice(0, 40)}.json`);
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; result: CachedResult };
    return data.key === key ? data.result : undefined;
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, result: CachedResult): void {
  try {
    const dir = cacheDir();
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${key.slice(0, 40)}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ key, result }));
    fs.renameSync(tmp, file);
  } catch {
    /* a cache that cannot be written only costs time */
  }
}
