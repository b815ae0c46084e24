import * as path from 'node:path';
import { importSpecifiers } from './import-specifiers';
import { ProjectModel } from './project-model';

/**
 * Who imports whom among a workspace's own files (relative imports, each file's tsconfig
 * paths, the monorepo's own packages: as the project model resolves them), from
 * a cheap pre-parse of each file. Used to re-analyse the callers of a changed file and to give
 * a shard the files that decide whether its functions are wrappers.
 */
export class ImportGraph {
  private readonly edgeCache = new Map<string, { text: string; signature: string; targets: string[]; reexports: string[] }>();
  private importers: Map<string, Set<string>> | undefined;
  readonly project: ProjectModel;

  constructor(
    root: string,
    private readonly readText: (file: string) => string | undefined,
    private readonly files: () => string[],
    project?: ProjectModel,
  ) {
    this.project = project ?? new ProjectModel(root);
  }

  /** The file list changed: rebuild the reverse edges on next use. */
  reset(): void {
    this.importers = undefined;
  }

  fileChanged(file: string): void {
    const before = this.edgeCache.get(file);
    const oldTargets = before?.targets ?? [];
    const now = this.edgesOf(file);
    if (this.importers && now.targets !== oldTargets) {
      for (const t of oldTargets) this.importers.get(t)?.delete(file);
      for (const t of now.targets) this.addImporter(t, file);
    }
  }

  /** Files `file` imports directly (the codebase's own). */
  importsOf(file: string): string[] {
    return this.edgesOf(file).targets;
  }

  /** Files that import `file` directly. */
  importersOf(file: string): string[] {
    if (!this.importers) {
      this.importers = new Map();
      for (const f of this.files()) for (const t of this.edgesOf(f).targets) this.addImporter(t, f);
    }
    return [...(this.importers.get(file) ?? [])];
  }

  /** Importers, and through barrel files (`export … from`) the importers of those too. */
  callersOf(file: string): string[] {
    const out = new Set<string>();
    const queue = [file];
    while (queue.length) {
      const f = queue.shift()!;
      for (const imp of this.importersOf(f)) {
        if (out.has(imp) || imp === file) continue;
        out.add(imp);
        if (this.edgesOf(imp).reexports.includes(f)) queue.push(imp);
      }
    }
    return [...out];
  }

  private addImporter(target: string, importer: string): void {
    let set = this.importers!.get(target);
    if (!set) this.importers!.set(target, (set = new Set()));
    set.add(importer);
  }

  private edgesOf(file: string): { targets: string[]; reexports: string[] } {
    const text = this.readText(file);
    if (text === undefined) return { targets: [], reexports: [] };
    const cached = this.edgeCache.get(file);
    if (cached && cached.text === text) return cached;
    // Typing in a function body leaves every import as it was: a regex says so faster than a pre-parse.
    const signature = importSignature(text);
    if (cached && cached.signature === signature) {
      cached.text = text;
      return cached;
    }
    const targets: string[] = [];
    const reexports: string[] = [];
    let specifierStarts: number[] | undefined;
    for (const specifier of importSpecifiers(text)) {
      const r = this.project.resolveModule(specifier, file);
      if (!r) continue;
      const target = path.resolve(r.resolvedFileName);
      targets.push(target);
      specifierStarts ??= reexportSpecifierStarts(text);
      if (specifierStarts.some((at) => text.startsWith(specifier, at) && QUOTE.test(text.charAt(at + specifier.length))))
        reexports.push(target);
    }
    const entry = { text, signature, targets, reexports };
    this.edgeCache.set(file, entry);
    return entry;
  }
}

/**
 * Every module specifier after `from`, `require(`, `import(` or `import`, and every `export`:
 * what the edges depend on. Matches in comments or strings only make it change more often.
 */
const IMPORT_SIGNATURE = /\b(?:from|require|import)\s*\(?\s*['"`][^'"`\n]*['"`]|\bexport\b/g;
function importSignature(text: string): string {
  return (text.match(IMPORT_SIGNATURE) ?? []).join('\n');
}

/**
 * Where the quoted specifier of each `export … from '…'` begins: one scan of the text, where a
 * pattern per import had scanned it once per import. Every start position is tried, as an
 * unanchored test of each specifier would.
 */
const REEXPORT_PREFIX = /export\s+(\*|\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+['"]/g;
const QUOTE = /^['"]$/;
function reexportSpecifierStarts(text: string): number[] {
  const out: number[] = [];
  REEXPORT_PREFIX.lastIndex = 0;
  for (let m = REEXPORT_PREFIX.exec(text); m; m = REEXPORT_PREFIX.exec(text)) {
    out.push(m.index + m[0].length);
    REEXPORT_PREFIX.lastIndex = m.index + 1;
  }
  return out;
}
