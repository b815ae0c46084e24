import * as path from 'node:path';
import * as ts from 'typescript';
import { compilerOptionsFor } from '../analysis/program-builder';
import { discoverFiles } from '../analysis/workspace-files';

/**
 * The source files of one workspace folder and who imports whom, so that a change to a
 * helper re-analyses the files that call it. Built lazily, updated per file.
 */
export class WorkspaceIndex {
  private files: string[] | undefined;
  private readonly importsOf = new Map<string, { text: string; targets: string[] }>();
  private importers: Map<string, Set<string>> | undefined;
  private readonly options: ts.CompilerOptions;
  private readonly host: ts.ModuleResolutionHost;

  constructor(
    readonly root: string,
    private readonly readText: (file: string) => string | undefined,
    private readonly settings: () => { exclude: string[]; maxFileSize: number },
  ) {
    this.options = compilerOptionsFor(root);
    this.host = {
      fileExists: (f) => !f.includes(`${path.sep}node_modules${path.sep}`) && ts.sys.fileExists(f),
      readFile: (f) => this.readText(f),
      directoryExists: (d) => !d.includes(`${path.sep}node_modules`) && ts.sys.directoryExists!(d),
    };
  }

  contains(file: string): boolean {
    const rel = path.relative(this.root, file);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  allFiles(): string[] {
    if (!this.files) {
      const s = this.settings();
      this.files = discoverFiles({ root: this.root, paths: [this.root], exclude: s.exclude, maxFileBytes: s.maxFileSize }).files;
    }
    return this.files;
  }

  /** A file was created or deleted. */
  invalidateFileList(): void {
    this.files = undefined;
    this.importers = undefined;
  }

  /** A file's text changed: its imports may have too. */
  fileChanged(file: string): void {
    const before = this.importsOf.get(file);
    const text = this.readText(file);
    if (before && text === before.text) return;
    this.importsOf.delete(file);
    if (this.importers) {
      for (const t of before?.targets ?? []) this.importers.get(t)?.delete(file);
      for (const t of this.targetsOf(file)) this.addImporter(t, file);
    }
  }

  /** Files that import `file` directly. */
  importersOf(file: string): string[] {
    if (!this.importers) {
      this.importers = new Map();
      for (const f of this.allFiles()) for (const t of this.targetsOf(f)) this.addImporter(t, f);
    }
    return [...(this.importers.get(file) ?? [])];
  }

  private addImporter(target: string, importer: string): void {
    let set = this.importers!.get(target);
    if (!set) this.importers!.set(target, (set = new Set()));
    set.add(importer);
  }

  private targetsOf(file: string): string[] {
    const text = this.readText(file);
    if (text === undefined) return [];
    const cached = this.importsOf.get(file);
    if (cached && cached.text === text) return cached.targets;
    const info = ts.preProcessFile(text, true, true);
    const targets: string[] = [];
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith('.') && !this.options.paths) continue;
      const r = ts.resolveModuleName(ref.fileName, file, this.options, this.host).resolvedModule;
      if (r && !r.isExternalLibraryImport) targets.push(path.resolve(r.resolvedFileName));
    }
    this.importsOf.set(file, { text, targets });
    return targets;
  }
}
