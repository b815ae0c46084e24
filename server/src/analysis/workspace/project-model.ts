import * as path from 'node:path';
import ts from 'typescript';
import { isInsidePackages, ProjectReader } from './project-reader';
import { repositoryRootOf } from './repository-root';
import { projectCovers, splitPackageSpecifier, type TsProject, TsProjectLoader } from './tsconfig-projects';
import { readManifest, resolvePackageEntry, workspaceGlobs, type WorkspacePackage, workspacePackages } from './workspace-packages';

/**
 * A workspace as its own build sees it: which tsconfig/jsconfig owns each file (with its
 * `extends`, `baseUrl`, `paths`, `rootDirs`), and which folder each of the monorepo's own
 * packages lives in. Imports are resolved with the owning config's settings, then against the
 * workspace's packages (to their sources, never into node_modules).
 *
 * Everything is discovered lazily from the files asked about, walking up their folders, and
 * read once: a config is parsed the first time a file it owns is resolved. Upward walks stop at
 * the repository root (the nearest folder above the workspace that holds `.git`), or at the
 * workspace root itself when it is not inside a repository.
 *
 * Ownership, kept simple: the nearest folder with a tsconfig.json (else jsconfig.json) holds
 * the owner. When that config does not take the file in (a solution-style tsconfig.json with
 * `files: []` and `references`, as Vite and Nx write them), the first referenced config whose
 * `include`/`files` does is the owner; otherwise that nearest config still is. Where no folder
 * up to the repository root has one, a tsconfig.base.json at the repository root owns it.
 */
export class ProjectModel {
  readonly root: string;
  /** Upward walks stop here. */
  readonly boundary: string;
  private readonly reader: ProjectReader;
  private readonly loader: TsProjectLoader;
  private readonly configDirs = new Map<string, TsProject | undefined>();
  private readonly owners = new Map<string, TsProject | undefined>();
  private readonly workspaceDirs = new Map<string, Workspace | undefined>();
  private readonly workspaceRoots = new Map<string, Workspace>();
  private readonly options = new Map<TsProject | undefined, ts.CompilerOptions>();
  private readonly caches = new Map<TsProject | undefined, ts.ModuleResolutionCache>();
  private readonly resolved = new Map<string, ts.ResolvedModuleFull | undefined>();
  private readonly scopes = new Map<string, string>();
  private readonly host: ts.ModuleResolutionHost;

  /**
   * `readText`: the text of a file where it differs from the disk (an editor's unsaved
   * tsconfig); consulted for files that exist on disk.
   */
  constructor(root: string, options: { boundary?: string; readText?: (file: string) => string | undefined } = {}) {
    this.root = path.resolve(root);
    this.reader = new ProjectReader(options.readText);
    this.boundary = options.boundary ? path.resolve(options.boundary) : (repositoryRootOf(this.root) ?? this.root);
    this.loader = new TsProjectLoader(this.reader, (name, fromDir) => this.locatePackage(name, fromDir));
    this.host = {
      fileExists: (f) => !isInsidePackages(f) && this.reader.isFile(f),
      directoryExists: (d) => !isInsidePackages(d + path.sep) && this.reader.isDirectory(d),
      readFile: (f) => (isInsidePackages(f) ? undefined : this.reader.text(f)),
    };
  }

  /** The tsconfig/jsconfig that owns a file, if any. */
  ownerOf(file: string): TsProject | undefined {
    const dir = path.dirname(path.resolve(file));
    const nearest = this.nearestConfig(dir);
    if (!nearest) return undefined;
    if (nearest.references.length === 0) return nearest;
    const key = `${nearest.file}\0${path.resolve(file)}`;
    if (this.owners.has(key)) return this.owners.get(key);
    let owner = nearest;
    if (!projectCovers(nearest, file)) {
      for (const ref of nearest.references.slice(0, MAX_REFERENCES)) {
        const p = this.loader.load(ref);
        if (p && projectCovers(p, file)) {
          owner = p;
          break;
        }
      }
    }
    if (this.owners.size > 200_000) this.owners.clear();
    this.owners.set(key, owner);
    return owner;
  }

  /**
   * A module specifier as the build resolves it from `containingFile`: with the owning config's
   * paths/baseUrl/rootDirs, then to a workspace package's source. Undefined for packages
   * installed in node_modules and anything else outside the repository's own files.
   */
  resolveModule(specifier: string, containingFile: string): ts.ResolvedModuleFull | undefined {
    const owner = this.ownerOf(containingFile);
    const relative = specifier.startsWith('.') || path.isAbsolute(specifier);
    const options = this.optionsOf(owner);
    const scope = relative ? undefined : this.packageScopeOf(path.dirname(path.resolve(containingFile)));
    const key = `${owner?.file ?? ''}\0${scope ?? path.dirname(containingFile)}\0${specifier}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    // A bare name that no alias matches, without a baseUrl, can only be a package (or the
    // workspace's own, found below): skip the compiler's lookups in node_modules, which fail
    // here. With aliases the compiler also resolves `#imports` and the package's own name.
    const viaCompiler =
      relative ||
      !!options.baseUrl ||
      !!options.rootDirs ||
      (!!options.paths &&
        (specifier.startsWith('#') ||
          Object.keys(options.paths).some((k) => matchesPathKey(k, specifier)) ||
          (scope !== undefined && namesPackage(specifier, this.ownName(scope)))));
    let result: ts.ResolvedModuleFull | undefined;
    if (relative && !options.rootDirs) result = this.sourceBeside(specifier, containingFile);
    if (!result && viaCompiler) {
      let cache = this.caches.get(owner);
      if (!cache) this.caches.set(owner, (cache = ts.createModuleResolutionCache(this.root, (f) => f, options)));
      const r = ts.resolveModuleName(specifier, containingFile, options, this.host, cache).resolvedModule;
      if (r && !r.isExternalLibraryImport && !isInsidePackages(r.resolvedFileName)) result = r;
    }
    if (!result && !relative) {
      const file = this.resolveWorkspaceImport(specifier, path.dirname(path.resolve(containingFile)));
      if (file) result = { resolvedFileName: file, extension: extensionOf(file), isExternalLibraryImport: false };
    }
    if (this.resolved.size > 200_000) this.resolved.clear();
    this.resolved.set(key, result);
    return result;
  }

  private readonly ownNames = new Map<string, string | undefined>();

  /** The name in a package scope's package.json: the package imports itself by it (through its exports). */
  private ownName(scope: string): string | undefined {
    if (!this.ownNames.has(scope)) {
      const name = readManifest(this.reader, scope)?.name;
      this.ownNames.set(scope, typeof name === 'string' ? name : undefined);
    }
    return this.ownNames.get(scope);
  }

  /**
   * `./user-service` when `user-service.ts` (or `.tsx`, `.d.ts`) lies there: the compiler tries
   * those first, in this order, and takes the first that exists. Anything else (an extension
   * written out, a folder's index, JavaScript) is left to the compiler.
   */
  private sourceBeside(specifier: string, containingFile: string): ts.ResolvedModuleFull | undefined {
    if (/\.(?:[cm]?[jt]sx?|json)$/i.test(specifier) || specifier.endsWith('/') || specifier === '.' || specifier === '..') return undefined;
    const base = path.resolve(path.dirname(containingFile), specifier);
    if (isInsidePackages(base)) return undefined;
    // `./user.service` could also name `user.d.service.ts` (allowArbitraryExtensions), which comes first.
    const dotted = path.extname(base);
    if (dotted && this.reader.isFile(`${base.slice(0, -dotted.length)}.d${dotted}.ts`)) return undefined;
    for (const ext of ['.ts', '.tsx', '.d.ts']) {
      const file = base + ext;
      if (this.reader.isFile(file)) return { resolvedFileName: file, extension: extensionOf(file), isExternalLibraryImport: false };
    }
    return undefined;
  }

  /**
   * What a bare or aliased specifier's resolution can depend on besides the owning config:
   * `paths` and `baseUrl` do not depend on the importing folder, lookups in node_modules always
   * fail here, and a package's `imports`, its own name and the workspace above are found at the
   * nearest folder with a package.json or pnpm-workspace.yaml. Folders below the same one
   * resolve such a specifier alike: it is resolved once for them all, where it was once per folder.
   */
  private packageScopeOf(dir: string): string {
    let scope = this.scopes.get(dir);
    if (scope === undefined) {
      const parent = path.dirname(dir);
      const top = !this.within(dir) || isInsidePackages(dir + path.sep) || dir === this.boundary || parent === dir;
      scope =
        top || this.reader.isFile(path.join(dir, 'package.json')) || this.reader.isFile(path.join(dir, 'pnpm-workspace.yaml'))
          ? dir
          : this.packageScopeOf(parent);
      this.scopes.set(dir, scope);
    }
    return scope;
  }

  /** `@acme/email/server` to the source file of that entry of a workspace package, seen from a folder. */
  private resolveWorkspaceImport(specifier: string, fromDir: string): string | undefined {
    const { name, subpath } = splitPackageSpecifier(specifier);
    if (!name) return undefined;
    const pkg = this.workspaceOf(fromDir)?.packages.get(name);
    return pkg ? resolvePackageEntry(this.reader, pkg, subpath) : undefined;
  }

  /** The workspace packages visible from a folder (those of the nearest workspace root above it). */
  workspacePackagesFrom(dir: string): WorkspacePackage[] {
    return [...(this.workspaceOf(path.resolve(dir))?.packages.values() ?? [])];
  }

  /**
   * The monorepo the scanned folder is one package of: the nearest workspace root above it, or
   * the folder that the `paths` of its files' configs are relative to when that lies above it
   * (an Nx tsconfig.base.json). Undefined when the scanned folder is the whole workspace.
   */
  enclosingWorkspace(files: readonly string[]): string | undefined {
    const above = (dir: string | undefined) => {
      if (!dir) return false;
      const rel = path.relative(dir, this.root);
      return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel) && this.within(dir);
    };
    let best: string | undefined;
    const consider = (dir: string | undefined) => {
      if (above(dir) && (!best || dir!.length < best.length)) best = dir;
    };
    consider(this.workspaceOf(this.root)?.root);
    const seen = new Set<TsProject>();
    for (const f of files) {
      const owner = this.ownerOf(f);
      if (!owner || seen.has(owner)) continue;
      seen.add(owner);
      consider(owner.pathsBase);
    }
    return best;
  }

  /**
   * Reads the configs and workspace manifests that govern these files, so that inputs() lists
   * them before an analysis (a cache key must cover them).
   */
  prepare(files: readonly string[]): void {
    const dirs = new Set(files.map((f) => path.dirname(path.resolve(f))));
    for (const f of files) this.ownerOf(f);
    for (const d of dirs) for (const pkg of this.workspaceOf(d)?.packages.values() ?? []) this.ownerOf(path.join(pkg.dir, 'index.ts'));
  }

  /** Every build-description file the model read, with its text. */
  inputs(): Array<{ file: string; text: string }> {
    return this.reader.inputs();
  }

  private optionsOf(owner: TsProject | undefined): ts.CompilerOptions {
    let o = this.options.get(owner);
    if (!o) {
      o = { ...ANALYSIS_OPTIONS };
      if (owner?.baseUrl) o.baseUrl = owner.baseUrl;
      if (owner?.paths) {
        o.paths = owner.paths;
        // Targets are absolute already; the compiler still wants a base for them.
        o.pathsBasePath = owner.dir;
      }
      if (owner?.rootDirs?.length) o.rootDirs = owner.rootDirs;
      this.options.set(owner, o);
    }
    return o;
  }

  private within(dir: string): boolean {
    const rel = path.relative(this.boundary, dir);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  private nearestConfig(dir: string): TsProject | undefined {
    if (this.configDirs.has(dir)) return this.configDirs.get(dir);
    let found: TsProject | undefined;
    if (!this.within(dir) || isInsidePackages(dir + path.sep)) found = undefined;
    else {
      for (const name of ['tsconfig.json', 'jsconfig.json']) {
        const f = path.join(dir, name);
        if (this.reader.isFile(f)) {
          found = this.loader.load(f);
          if (found) break;
        }
      }
      if (!found) {
        const parent = path.dirname(dir);
        if (dir === this.boundary || parent === dir) {
          const base = path.join(dir, 'tsconfig.base.json');
          found = this.reader.isFile(base) ? this.loader.load(base) : undefined;
        } else found = this.nearestConfig(parent);
      }
    }
    this.configDirs.set(dir, found);
    return found;
  }

  /** The nearest workspace root at or above `dir`, with its packages by name. */
  private workspaceOf(dir: string): Workspace | undefined {
    if (this.workspaceDirs.has(dir)) return this.workspaceDirs.get(dir);
    let found: Workspace | undefined;
    if (this.within(dir) && !isInsidePackages(dir + path.sep)) {
      const globs = workspaceGlobs(this.reader, dir);
      if (globs) {
        found = this.workspaceRoots.get(dir);
        if (!found) {
          found = { root: dir, packages: new Map() };
          for (const p of workspacePackages(this.reader, dir, globs)) if (!found.packages.has(p.name)) found.packages.set(p.name, p);
          this.workspaceRoots.set(dir, found);
        }
      } else {
        const parent = path.dirname(dir);
        found = dir === this.boundary || parent === dir ? undefined : this.workspaceOf(parent);
      }
    }
    this.workspaceDirs.set(dir, found);
    return found;
  }

  /** A package folder by name for a config's `extends`: a workspace package, else node_modules above. */
  private locatePackage(name: string, fromDir: string): string | undefined {
    const ws = this.workspaceOf(fromDir)?.packages.get(name);
    if (ws) return ws.dir;
    for (let dir = fromDir, i = 0; i < 32; i++) {
      const candidate = path.join(dir, 'node_modules', name);
      if (this.reader.packageConfigText(path.join(candidate, 'package.json')) !== undefined) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir || !this.within(parent)) break;
      dir = parent;
    }
    return undefined;
  }
}

/** A solution-style config lists its projects; more than this many is not a real one. */
const MAX_REFERENCES = 100;

interface Workspace {
  root: string;
  packages: Map<string, WorkspacePackage>;
}

/** The fixed options every analysis program uses; module settings come from the owning config. */
export const ANALYSIS_OPTIONS: Readonly<ts.CompilerOptions> = {
  allowJs: true,
  checkJs: false,
  noLib: true,
  types: [],
  noEmit: true,
  skipLibCheck: true,
  jsx: ts.JsxEmit.Preserve,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowArbitraryExtensions: true,
  resolveJsonModule: false,
  noResolve: false,
};

/** Files whose content the model depends on: a change to one means a new model. */
export function isProjectInput(file: string): boolean {
  if (isInsidePackages(file)) return false;
  const base = path.basename(file);
  return base === 'package.json' || base === 'pnpm-workspace.yaml' || /^(?:ts|js)config(?:\..+)?\.json$/.test(base);
}

function extensionOf(file: string): ts.Extension {
  const lower = file.toLowerCase();
  if (lower.endsWith('.d.ts')) return ts.Extension.Dts;
  if (lower.endsWith('.d.mts')) return ts.Extension.Dmts;
  if (lower.endsWith('.d.cts')) return ts.Extension.Dcts;
  const ext = path.extname(lower);
  switch (ext) {
    case '.tsx':
      return ts.Extension.Tsx;
    case '.mts':
      return ts.Extension.Mts;
    case '.cts':
      return ts.Extension.Cts;
    case '.js':
      return ts.Extension.Js;
    case '.jsx':
      return ts.Extension.Jsx;
    case '.mjs':
      return ts.Extension.Mjs;
    case '.cjs':
      return ts.Extension.Cjs;
    case '.json':
      return ts.Extension.Json;
    default:
      return ts.Extension.Ts;
  }
}

/** Whether a `paths` key (`@/*`, `~lib`, `@acme/ui/*`) matches a specifier, as the compiler matches it. */
function matchesPathKey(key: string, specifier: string): boolean {
  const star = key.indexOf('*');
  if (star < 0) return key === specifier;
  const prefix = key.slice(0, star);
  const suffix = key.slice(star + 1);
  return specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
}

/** Whether a bare specifier names a package or one of its subpaths. */
function namesPackage(specifier: string, name: string | undefined): boolean {
  return !!name && (specifier === name || specifier.startsWith(`${name}/`));
}
