import * as path from 'node:path';
import ts from 'typescript';
import type { ProjectReader } from './project-reader';

/**
 * One tsconfig.json / jsconfig.json as the compiler sees it after `extends`: every relative
 * setting already resolved against the config file that wrote it, as TypeScript does.
 */
export interface TsProject {
  file: string;
  dir: string;
  /** Absolute. */
  baseUrl?: string;
  /** Path aliases with absolute targets. */
  paths?: Record<string, string[]>;
  /** The folder the aliases are relative to (baseUrl, else the folder of the config that wrote them). */
  pathsBase?: string;
  rootDirs?: string[];
  /** Absolute patterns / files; undefined when the config does not say (then: everything below it). */
  include?: string[];
  exclude?: string[];
  files?: string[];
  /** Absolute paths of referenced config files (`references`). */
  references: string[];
  /** Problems reading it (unparsable, an `extends` that cannot be found): the model keeps going. */
  problems: string[];
}

/** How far `extends` chains are followed: real ones are two or three deep. */
const MAX_EXTENDS_DEPTH = 8;

interface RawOptions {
  baseUrl?: string;
  paths?: Record<string, string[]>;
  pathsDir?: string;
  rootDirs?: string[];
  include?: string[];
  exclude?: string[];
  files?: string[];
}

/**
 * Reads config files once each (data only, comments allowed) and follows `extends`:
 * relative files, and shared config packages by name through `locatePackage`.
 */
export class TsProjectLoader {
  private readonly loaded = new Map<string, TsProject | undefined>();
  private readonly raw = new Map<string, { options: RawOptions; problems: string[] } | undefined>();

  constructor(
    private readonly reader: ProjectReader,
    /** The folder of a package by name, seen from a folder (workspace packages, then node_modules). */
    private readonly locatePackage: (name: string, fromDir: string) => string | undefined,
  ) {}

  load(file: string): TsProject | undefined {
    const abs = path.resolve(file);
    if (this.loaded.has(abs)) return this.loaded.get(abs);
    this.loaded.set(abs, undefined);
    const json = this.parse(abs, false);
    if (!json) return undefined;
    const merged = this.effective(abs, 0, new Set());
    if (!merged) return undefined;
    const { options, problems } = merged;
    const dir = path.dirname(abs);
    const project: TsProject = {
      file: abs,
      dir,
      baseUrl: options.baseUrl,
      rootDirs: options.rootDirs,
      include: options.include,
      exclude: options.exclude,
      files: options.files,
      references: referencesOf(json, dir, this.reader),
      problems,
    };
    if (options.paths) {
      // Targets are relative to baseUrl when there is one, else to the config that wrote them.
      const base = options.baseUrl ?? options.pathsDir ?? dir;
      const paths: Record<string, string[]> = {};
      for (const [k, targets] of Object.entries(options.paths)) paths[k] = targets.map((t) => path.resolve(base, t));
      project.paths = paths;
      project.pathsBase = base;
    }
    this.loaded.set(abs, project);
    return project;
  }

  private parse(file: string, fromPackage: boolean): Record<string, unknown> | undefined {
    const text = fromPackage ? this.reader.packageConfigText(file) : this.reader.text(file);
    if (text === undefined) return undefined;
    const read = ts.parseConfigFileTextToJson(file, text);
    const config = read.config as unknown;
    return config && typeof config === 'object' && !Array.isArray(config) ? (config as Record<string, unknown>) : undefined;
  }

  /** Own settings over those of the configs it extends (later `extends` entries win over earlier ones). */
  private effective(
    file: string,
    depth: number,
    chain: Set<string>,
    fromPackage = false,
  ): { options: RawOptions; problems: string[] } | undefined {
    if (this.raw.has(file)) return this.raw.get(file);
    const json = this.parse(file, fromPackage);
    if (!json) return undefined;
    const dir = path.dirname(file);
    const problems: string[] = [];
    let options: RawOptions = {};
    const ext = json.extends;
    const bases = typeof ext === 'string' ? [ext] : Array.isArray(ext) ? ext.filter((e): e is string => typeof e === 'string') : [];
    chain.add(file);
    for (const spec of bases) {
      if (depth >= MAX_EXTENDS_DEPTH) {
        problems.push(`${file}: extends nested deeper than ${MAX_EXTENDS_DEPTH}`);
        break;
      }
      const located = this.locateExtends(spec, dir);
      if (!located) {
        problems.push(`${file}: cannot find "${spec}" (extends)`);
        continue;
      }
      if (chain.has(located.file)) {
        problems.push(`${file}: extends itself through "${spec}"`);
        continue;
      }
      const base = this.effective(located.file, depth + 1, chain, located.fromPackage);
      if (base) {
        options = { ...options, ...base.options };
        problems.push(...base.problems);
      }
    }
    chain.delete(file);
    options = { ...options, ...ownOptions(json, dir) };
    const result = { options, problems };
    this.raw.set(file, result);
    return result;
  }

  private locateExtends(spec: string, fromDir: string): { file: string; fromPackage: boolean } | undefined {
    const withJson = (p: string) => (p.endsWith('.json') ? [p] : [p, `${p}.json`, path.join(p, 'tsconfig.json')]);
    if (spec.startsWith('.') || path.isAbsolute(spec)) {
      const found = withJson(path.resolve(fromDir, spec)).find(
        (f) => this.reader.isFile(f) || this.reader.packageConfigText(f) !== undefined,
      );
      return found ? { file: found, fromPackage: found.split(/[\\/]/).includes('node_modules') } : undefined;
    }
    const { name, subpath } = splitPackageSpecifier(spec);
    if (!name) return undefined;
    const folder = this.locatePackage(name, fromDir);
    if (!folder) return undefined;
    const fromPackage = folder.split(/[\\/]/).includes('node_modules');
    const candidates = subpath ? withJson(path.join(folder, subpath)) : [path.join(folder, 'tsconfig.json')];
    if (!subpath) {
      // A config package names its file in package.json (`tsconfig` or a `.json` main).
      const pkgText = fromPackage
        ? this.reader.packageConfigText(path.join(folder, 'package.json'))
        : this.reader.text(path.join(folder, 'package.json'));
      try {
        const pkg = pkgText ? (JSON.parse(pkgText) as { tsconfig?: unknown; main?: unknown }) : {};
        for (const f of [pkg.tsconfig, pkg.main])
          if (typeof f === 'string' && f.endsWith('.json')) candidates.unshift(path.resolve(folder, f));
      } catch {
        /* not JSON: the default file name only */
      }
    }
    const found = candidates.find((f) => (fromPackage ? this.reader.packageConfigText(f) : this.reader.text(f)) !== undefined);
    return found ? { file: found, fromPackage } : undefined;
  }
}

function ownOptions(json: Record<string, unknown>, dir: string): RawOptions {
  const out: RawOptions = {};
  const co = json.compilerOptions;
  if (co && typeof co === 'object') {
    const c = co as Record<string, unknown>;
    if (typeof c.baseUrl === 'string') out.baseUrl = path.resolve(dir, c.baseUrl);
    if (c.paths && typeof c.paths === 'object' && !Array.isArray(c.paths)) {
      const paths: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(c.paths as Record<string, unknown>)) {
        const list = Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
        if (list.length) paths[k] = list;
      }
      out.paths = paths;
      out.pathsDir = dir;
    }
    if (Array.isArray(c.rootDirs))
      out.rootDirs = c.rootDirs.filter((d): d is string => typeof d === 'string').map((d) => path.resolve(dir, d));
  }
  const list = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').map((s) => path.resolve(dir, s)) : undefined;
  if (json.include !== undefined) out.include = list(json.include) ?? [];
  if (json.exclude !== undefined) out.exclude = list(json.exclude) ?? [];
  if (json.files !== undefined) out.files = list(json.files) ?? [];
  return out;
}

function referencesOf(json: Record<string, unknown>, dir: string, reader: ProjectReader): string[] {
  if (!Array.isArray(json.references)) return [];
  const out: string[] = [];
  for (const r of json.references) {
    const p = r && typeof r === 'object' ? (r as { path?: unknown }).path : undefined;
    if (typeof p !== 'string') continue;
    const abs = path.resolve(dir, p);
    out.push(reader.isDirectory(abs) ? path.join(abs, 'tsconfig.json') : abs);
  }
  return out;
}

/** `@acme/email/server` → `@acme/email` + `server`; `lodash/fp` → `lodash` + `fp`. */
export function splitPackageSpecifier(spec: string): { name: string | undefined; subpath: string } {
  const parts = spec.split('/');
  const n = spec.startsWith('@') ? 2 : 1;
  if (parts.length < n || parts.slice(0, n).some((p) => !p || p === '.' || p === '..')) return { name: undefined, subpath: '' };
  return { name: parts.slice(0, n).join('/'), subpath: parts.slice(n).join('/') };
}

/**
 * Whether a config's `files`/`include`/`exclude` take in a file. Without `files` and `include`,
 * a config takes in everything below its folder (TypeScript's default include).
 */
export function projectCovers(p: TsProject, file: string): boolean {
  const abs = path.resolve(file);
  if (p.files?.some((f) => f === abs)) return true;
  const include = p.include ?? (p.files ? [] : [path.join(p.dir, '**', '*')]);
  if (!include.some((pattern) => matchesSpec(pattern, abs))) return false;
  return !(p.exclude ?? []).some((pattern) => matchesSpec(pattern, abs));
}

const specCache = new Map<string, RegExp>();

/**
 * tsconfig include/exclude patterns: `*` and `?` within a segment, `**` across folders; a last
 * segment without a wildcard or an extension names a folder (everything below it).
 */
function matchesSpec(pattern: string, file: string): boolean {
  let re = specCache.get(pattern);
  if (!re) {
    const posix = pattern.split(path.sep).join('/');
    const segments = posix.split('/');
    const last = segments[segments.length - 1] ?? '';
    const isFolder = !/[*?]/.test(last) && !last.includes('.');
    let body = '';
    segments.forEach((seg, i) => {
      const isLast = i === segments.length - 1;
      if (seg === '**') body += isLast ? '.*' : '(?:[^/]+/)*';
      else
        body +=
          seg
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]') + (isLast ? '' : '/');
    });
    if (isFolder) body += '(?:/.*)?';
    if (specCache.size > 10_000) specCache.clear();
    specCache.set(pattern, (re = new RegExp(`^${body}$`)));
  }
  return re.test(file.split(path.sep).join('/'));
}
