import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { compileGlob } from '../recipients/endpoint-patterns';
import { tooDeepReason } from './nesting-depth';
import { readBytes, tryReadTextFile, UnsafeFileError } from './safe-fs';
import { isSourceFile } from './source-kinds';

/** Folders that hold dependencies or build output, never the codebase's own sources. */
const DEFAULT_SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.output',
  '.turbo',
  '.cache',
  '.parcel-cache',
  '.svelte-kit',
  '.vercel',
  '.netlify',
  'bower_components',
  'jspm_packages',
  '.yarn',
  '.pnpm-store',
  '.disclose-cache',
]);

/** Folders whose contents are test code: tests, mocks, end-to-end suites. */
const TEST_CODE_DIRS = new Set(['__tests__', '__mocks__', 'test', 'tests', 'e2e', 'cypress', 'playwright']);
const TEST_FILE_NAME = /\.(test|spec|e2e|stories)\.[^/]+$/i;

/**
 * Test code is not production: `*.test.*`, `*.spec.*`, `*.e2e.*`, `*.stories.*` and whatever
 * lies under a test folder. `rel` is relative to the scanned root or workspace folder, so that a
 * workspace that itself lives under a folder named `test/` is judged by its own layout only.
 */
export function isTestCode(rel: string): boolean {
  const parts = rel.split(/[\\/]/).filter((p) => p && p !== '.');
  if (parts.length === 0 || parts[0] === '..') return false;
  if (TEST_FILE_NAME.test(parts[parts.length - 1]!)) return true;
  return parts.slice(0, -1).some((d) => TEST_CODE_DIRS.has(d));
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface DiscoveryOptions {
  root: string;
  paths: string[];
  exclude?: string[];
  maxFileBytes: number;
  /** Analyse test code too (skipped by default). */
  includeTests?: boolean;
  /** Hand back the text of each file found (read whole to be checked): a run then reads each file once. */
  keepTexts?: boolean;
}

export interface DiscoveryResult {
  files: string[];
  /** With `keepTexts`: each found file's text, as the checks read it. */
  texts?: Map<string, string>;
  skipped: SkippedFile[];
}

/** What makes a file not worth analysing: size, binary content, minification. */
export function unanalysableReason(file: string, maxFileBytes: number, text?: string): string | undefined {
  return inspectSource(file, maxFileBytes, text).reason;
}

function inspectSource(file: string, maxFileBytes: number, text?: string): { reason?: string; text?: string } {
  const why = (reason: string) => ({ reason });
  let size: number;
  let head: Buffer;
  if (text !== undefined) {
    size = Buffer.byteLength(text);
    head = Buffer.from(text.slice(0, 8192));
  } else {
    try {
      const bytes = readBytes(file, { kind: 'source', maxBytes: maxFileBytes });
      size = bytes.length;
      head = bytes.subarray(0, 65536);
      if (!head.includes(0)) text = bytes.toString('utf8');
    } catch (e) {
      if (e instanceof UnsafeFileError && e.code === 'too-large')
        return why(
          `larger than the size limit (${Math.round(fs.statSync(file).size / 1024)} KiB > ${Math.round(maxFileBytes / 1024)} KiB)`,
        );
      return why(e instanceof UnsafeFileError ? e.reason : `cannot be read (${(e as Error).message})`);
    }
  }
  if (size > maxFileBytes)
    return why(`larger than the size limit (${Math.round(size / 1024)} KiB > ${Math.round(maxFileBytes / 1024)} KiB)`);
  if (head.includes(0)) return why('binary content');
  if (isMinified(head.toString('utf8'), size)) return why('minified or generated bundle');
  const deep = text === undefined ? undefined : tooDeepReason(text, file);
  return deep ? why(deep) : { text };
}

function isMinified(sample: string, size: number): boolean {
  if (size < 4096) return false;
  const lines = sample.split('\n');
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  const avg = sample.length / Math.max(1, lines.length);
  return longest > 2000 && avg > 300;
}

/** Lists the source files below `paths`, honouring .gitignore files and --exclude globs. */
export function discoverFiles(opts: DiscoveryOptions): DiscoveryResult {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const excludeMatchers = (opts.exclude ?? []).map((g) => compileGlob(g));
  const excluded = (abs: string) => {
    const rel = path.relative(opts.root, abs).split(path.sep).join('/');
    return excludeMatchers.some((m) => m(rel));
  };
  // Test code is judged below the path it was found under: a folder or file named on the
  // command line is what the user asked for, whatever its own name.
  const isTest = (abs: string, scanned: string) => !opts.includeTests && isTestCode(path.relative(scanned, abs));
  const seen = new Set<string>();
  const texts = opts.keepTexts ? new Map<string, string>() : undefined;
  const consider = (abs: string, scanned: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    if (!isSourceFile(abs) || excluded(abs) || (abs !== scanned && isTest(abs, scanned))) return;
    if (/\.min\.[cm]?js$/.test(abs)) {
      skipped.push({ file: abs, reason: 'minified or generated bundle' });
      return;
    }
    const { reason, text } = inspectSource(abs, opts.maxFileBytes);
    if (reason) skipped.push({ file: abs, reason });
    else {
      files.push(abs);
      if (texts && text !== undefined) texts.set(abs, text);
    }
  };
  const walk = (dir: string, ignores: Array<{ base: string; ig: Ignore }>, scanned: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const gi = path.join(dir, '.gitignore');
    let scoped = ignores;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        scoped = [...ignores, { base: dir, ig: ignore().add(tryReadTextFile(gi, { kind: 'ignore', within: dir }) ?? '') }];
      } catch {
        /* unreadable .gitignore: nothing to honour */
      }
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isSymbolicLink()) continue;
      const isDir = e.isDirectory();
      if (isDir && DEFAULT_SKIPPED_DIRS.has(e.name)) continue;
      if (isDir && !opts.includeTests && TEST_CODE_DIRS.has(e.name)) continue;
      if (
        scoped.some(({ base, ig }) => {
          const rel = path.relative(base, abs).split(path.sep).join('/');
          return rel && !rel.startsWith('..') && ig.ignores(isDir ? rel + '/' : rel);
        })
      )
        continue;
      if (isDir) {
        if (excluded(abs) || excluded(abs + '/')) continue;
        walk(abs, scoped, scanned);
      } else if (e.isFile()) consider(abs, scanned);
    }
  };
  for (const p of opts.paths) {
    const abs = path.resolve(opts.root, p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new Error(`No such file or folder: ${p}`);
    }
    if (st.isDirectory()) walk(abs, parentIgnores(abs, opts.root), abs);
    else consider(abs, abs);
  }
  files.sort();
  return { files, skipped, texts };
}

/** .gitignore files of the folders between the scanned root and a path below it. */
function parentIgnores(dir: string, root: string): Array<{ base: string; ig: Ignore }> {
  const out: Array<{ base: string; ig: Ignore }> = [];
  const rel = path.relative(root, dir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return out;
  let cur = root;
  const parts = rel ? rel.split(path.sep) : [];
  for (let i = 0; i < parts.length; i++) {
    const gi = path.join(cur, '.gitignore');
    const text = tryReadTextFile(gi, { kind: 'ignore', within: cur });
    if (text !== undefined) out.push({ base: cur, ig: ignore().add(text) });
    cur = path.join(cur, parts[i]!);
  }
  return out;
}
