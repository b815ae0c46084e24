import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isInsidePackages, type ProjectReader } from './project-reader';
import { isSourceFile, SOURCE_EXTENSIONS } from './source-kinds';

/** One package of a monorepo (npm/yarn `workspaces`, pnpm-workspace.yaml): its name and folder. */
export interface WorkspacePackage {
  name: string;
  dir: string;
  manifest: PackageManifest;
}

export interface PackageManifest {
  name?: unknown;
  exports?: unknown;
  main?: unknown;
  module?: unknown;
  types?: unknown;
  typings?: unknown;
  source?: unknown;
  workspaces?: unknown;
}

/** Bounds for untrusted workspace globs. */
const MAX_PACKAGES = 5000;
const MAX_DIRS_VISITED = 20000;
const MAX_GLOB_DEPTH = 8;
const MAX_CONDITION_DEPTH = 6;

/** Folders a workspace glob never descends into. */
const NEVER_PACKAGES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', 'coverage', '.next', '.turbo', '.cache']);

/**
 * Export conditions followed, in the package's own order: the ones TypeScript and Node use for
 * types, ES modules and CommonJS, plus `source`, which monorepos use to point at their sources.
 */
const CONDITIONS = new Set(['types', 'typings', 'source', 'import', 'module', 'node', 'require', 'default', 'development']);

/** Folders of compiled output that a package's entry points commonly name. */
const BUILD_DIRS = new Set(['dist', 'build', 'lib', 'out', 'esm', 'cjs', 'types', 'es', 'module', 'commonjs']);

export function readManifest(reader: ProjectReader, dir: string): PackageManifest | undefined {
  const text = reader.text(path.join(dir, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const json = JSON.parse(text) as unknown;
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as PackageManifest) : undefined;
  } catch {
    return undefined;
  }
}

/** The package globs a folder declares as a workspace root, or undefined when it is none. */
export function workspaceGlobs(reader: ProjectReader, dir: string): string[] | undefined {
  const pnpm = reader.text(path.join(dir, 'pnpm-workspace.yaml'));
  if (pnpm !== undefined) {
    try {
      const data = parseYaml(pnpm, { maxAliasCount: 50 }) as { packages?: unknown } | null;
      const list = Array.isArray(data?.packages) ? data.packages.filter((p): p is string => typeof p === 'string') : [];
      return list;
    } catch {
      return [];
    }
  }
  const manifest = readManifest(reader, dir);
  const ws = manifest?.workspaces;
  if (Array.isArray(ws)) return ws.filter((p): p is string => typeof p === 'string');
  if (ws && typeof ws === 'object') {
    const pk = (ws as { packages?: unknown }).packages;
    return Array.isArray(pk) ? pk.filter((p): p is string => typeof p === 'string') : [];
  }
  return undefined;
}

/** The packages a workspace root's globs name: folders with a package.json that has a name. */
export function workspacePackages(reader: ProjectReader, root: string, globs: string[]): WorkspacePackage[] {
  const include = globs.filter((g) => !g.startsWith('!')).map(globSegments);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => globRegex(g.slice(1)));
  const dirs = new Set<string>();
  let visited = 0;
  const walk = (dir: string, segs: string[], depth: number) => {
    if (visited++ > MAX_DIRS_VISITED || dirs.size >= MAX_PACKAGES) return;
    if (segs.length === 0) {
      dirs.add(dir);
      return;
    }
    const [seg, ...rest] = segs as [string, ...string[]];
    if (seg === '**') {
      walk(dir, rest, depth);
      if (depth >= MAX_GLOB_DEPTH) return;
      for (const child of subfolders(dir)) walk(path.join(dir, child), segs, depth + 1);
      return;
    }
    if (!/[*?]/.test(seg)) {
      if (!NEVER_PACKAGES.has(seg) && reader.isDirectory(path.join(dir, seg))) walk(path.join(dir, seg), rest, depth);
      return;
    }
    const re = segmentRegex(seg);
    for (const child of subfolders(dir)) if (re.test(child)) walk(path.join(dir, child), rest, depth);
  };
  for (const segs of include) walk(root, segs, 0);
  const out: WorkspacePackage[] = [];
  for (const dir of [...dirs].sort()) {
    const rel = path.relative(root, dir).split(path.sep).join('/');
    if (exclude.some((re) => re.test(rel))) continue;
    const manifest = readManifest(reader, dir);
    if (manifest && typeof manifest.name === 'string' && manifest.name) out.push({ name: manifest.name, dir, manifest });
  }
  return out;
}

function subfolders(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.isSymbolicLink() && !NEVER_PACKAGES.has(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

function globSegments(glob: string): string[] {
  return glob
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .split('/')
    .filter((s) => s && s !== '.');
}

function segmentRegex(seg: string): RegExp {
  return new RegExp(
    `^${seg
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
}

function globRegex(glob: string): RegExp {
  const body = globSegments(glob)
    .map((s) =>
      s === '**'
        ? '(?:.*)'
        : s
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]'),
    )
    .join('/');
  return new RegExp(`^${body.replace(/\(\?:\.\*\)\//g, '(?:.*/)?')}(?:/.*)?$`);
}

/**
 * The source file a workspace package's entry point stands for: through `exports` (subpaths,
 * conditions, `*` patterns), else `source`/`types`/`module`/`main`. Entry points that name build
 * output (dist/index.js, lib/index.d.ts) lead to the matching file under src/; a package with
 * none of these leads to src/index or index. Never into node_modules.
 */
export function resolvePackageEntry(reader: ProjectReader, pkg: WorkspacePackage, subpath: string): string | undefined {
  const key = subpath ? `./${subpath}` : '.';
  const m = pkg.manifest;
  const targets: string[] = [];
  if (m.exports !== undefined && m.exports !== null) targets.push(...exportTargets(m.exports, key));
  else if (!subpath)
    for (const field of [m.source, m.types, m.typings, m.module, m.main]) if (typeof field === 'string') targets.push(field);
  if (subpath) targets.push(`./${subpath}`, `./src/${subpath}`);
  else targets.push('./src/index', './index');
  let compiled: string | undefined;
  for (const t of targets) {
    const found = sourceFor(reader, pkg.dir, t);
    if (found?.source) return found.file;
    compiled ??= found?.file;
  }
  return compiled;
}

/** What `exports` maps a subpath to, every matching condition in the package's order. */
export function exportTargets(exports: unknown, key: string): string[] {
  if (typeof exports === 'string' || Array.isArray(exports)) return key === '.' ? conditionTargets(exports, 0) : [];
  if (!exports || typeof exports !== 'object') return [];
  const map = exports as Record<string, unknown>;
  const keys = Object.keys(map);
  if (!keys.some((k) => k.startsWith('.'))) return key === '.' ? conditionTargets(map, 0) : [];
  if (key in map) return conditionTargets(map[key], 0);
  // The pattern with the longest prefix before `*` wins, as in Node.
  let best: { k: string; match: string } | undefined;
  for (const k of keys) {
    const star = k.indexOf('*');
    if (star < 0) {
      if (k.endsWith('/') && key.startsWith(k) && (!best || k.length > best.k.length)) best = { k, match: key.slice(k.length) };
      continue;
    }
    const prefix = k.slice(0, star);
    const suffix = k.slice(star + 1);
    if (key.length >= k.length - 1 && key.startsWith(prefix) && key.endsWith(suffix) && (!best || prefix.length > best.k.indexOf('*'))) {
      best = { k, match: key.slice(prefix.length, key.length - suffix.length) };
    }
  }
  if (!best) return [];
  const targets = conditionTargets(map[best.k], 0);
  return best.k.includes('*') ? targets.map((t) => t.split('*').join(best!.match)) : targets.map((t) => t + best!.match);
}

function conditionTargets(v: unknown, depth: number): string[] {
  if (depth > MAX_CONDITION_DEPTH) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => conditionTargets(x, depth + 1));
  if (!v || typeof v !== 'object') return [];
  const out: string[] = [];
  for (const [cond, target] of Object.entries(v as Record<string, unknown>))
    if (CONDITIONS.has(cond)) out.push(...conditionTargets(target, depth + 1));
  return out;
}

/**
 * A package-relative entry point as a file of the repository: itself when it is a source file
 * outside build output; else the source it was built from under src/ (`source: true`); else a
 * compiled file that exists (`source: false`), used only when no source is found at all.
 */
function sourceFor(reader: ProjectReader, pkgDir: string, target: string): { file: string; source: boolean } | undefined {
  const abs = path.resolve(pkgDir, target);
  const rel = path.relative(pkgDir, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel) || isInsidePackages(abs)) return undefined;
  const segments = rel.split(path.sep).filter(Boolean);
  const inBuild = segments.length > 0 && BUILD_DIRS.has(segments[0]!);
  const exists = (f: string) => reader.isFile(f) && isSourceFile(f);
  if (!inBuild && exists(abs)) return { file: abs, source: true };
  const stem = (segs: string[]) =>
    path
      .join(pkgDir, ...segs)
      .replace(/\.d\.[cm]?ts$/, '')
      .replace(/\.(?:[cm]?[jt]sx?)$/, '');
  const withExts = (base: string) => [
    ...SOURCE_EXTENSIONS.map((e) => base + e),
    ...SOURCE_EXTENSIONS.map((e) => path.join(base, `index${e}`)),
  ];
  const candidates: string[] = [];
  if (!inBuild) candidates.push(...withExts(stem(segments)));
  // dist/esm/server.js → src/server.ts
  let rest = segments;
  while (rest.length > 1 && BUILD_DIRS.has(rest[0]!)) rest = rest.slice(1);
  if (inBuild) candidates.push(...withExts(stem(['src', ...rest])), ...withExts(stem(rest)));
  for (const c of candidates)
    if (exists(c) && !BUILD_DIRS.has(path.relative(pkgDir, c).split(path.sep)[0]!)) return { file: c, source: true };
  if (exists(abs)) return { file: abs, source: false };
  return undefined;
}
