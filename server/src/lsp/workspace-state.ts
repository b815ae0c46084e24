import * as path from 'node:path';
import type * as ts from 'typescript';
import { CONFIG_FILE_NAME, defaultConfig, type DiscloseConfig } from '../analysis/config/config';
import { analyze } from '../analysis/engine';
import type { Finding, Flow } from '../analysis/flows/finding';
import { UnitMemo } from '../analysis/incremental/unit-memo';
import { compileGlob } from '../analysis/recipients/endpoint-patterns';
import { SourceFileCache } from '../analysis/workspace/program-builder';
import { isProjectInput } from '../analysis/workspace/project-model';
import { isSourceFile } from '../analysis/workspace/source-kinds';
import { isTestCode } from '../analysis/workspace/workspace-files';
import { unanalysableReason } from '../analysis/workspace/workspace-files';
import type { ConfigStore } from './config-store';
import type { DiscloseSettings } from './settings';
import { fileOfUri, type OpenDocument, type OpenDocuments, WorkspaceFolders } from './workspace-folders';
import { WorkspaceIndex } from './workspace-index';

// Where the code actions and tests have long found them.
export { fileOfUri, pathToUri } from './workspace-folders';

export class Cancelled extends Error {}

export interface DocumentAnalysis {
  uri: string;
  version: number;
  file: string;
  findings: Finding[];
  /** Why the file was not analysed (too large, minified …), if it was not. */
  skipped?: string;
  /** Safety bounds the analysis reached (it stopped there; findings may be missing). */
  limitsReached?: string[];
  program?: ts.Program;
}

/**
 * Everything the analysis knows about the workspace between edits: the folders' files and
 * import graphs, their parsed files and per-function results, the configurations in force, and
 * the open documents' unsaved text. Lives in the analysis worker (analysis-worker/), never on
 * the LSP thread.
 */
export class WorkspaceState {
  readonly workspace: WorkspaceFolders;
  private readonly indexes = new Map<string, WorkspaceIndex>();
  private readonly lastProgram = new Map<string, ts.Program>();
  private readonly sourceFiles = new Map<string, SourceFileCache>();
  private readonly memos = new Map<string, UnitMemo>();
  private readonly excludeCache = new Map<string, (rel: string) => boolean>();

  constructor(
    private readonly documents: OpenDocuments,
    private readonly settingsOf: (folder: string) => DiscloseSettings,
  ) {
    this.workspace = new WorkspaceFolders(documents, settingsOf);
  }

  get configs(): ConfigStore {
    return this.workspace.configs;
  }

  private get folders(): readonly string[] {
    return this.workspace.folders;
  }

  setFolders(folders: string[]): void {
    this.workspace.setFolders(folders);
    for (const k of [...this.indexes.keys()]) if (!this.folders.includes(k)) this.indexes.delete(k);
    for (const k of [...this.sourceFiles.keys()]) if (!this.folders.includes(k)) this.sourceFiles.delete(k);
    for (const k of [...this.memos.keys()]) if (!this.folders.includes(k)) this.memos.delete(k);
  }

  readText(file: string): string | undefined {
    return this.workspace.readText(file);
  }

  folderOf(file: string): string {
    return this.workspace.folderOf(file);
  }

  indexOf(folder: string): WorkspaceIndex {
    let idx = this.indexes.get(folder);
    if (!idx) {
      // A file opened from outside every workspace folder is analysed alone: its folder (maybe `/`) is never walked.
      idx = new WorkspaceIndex(
        folder,
        (f) => this.readText(f),
        () => this.settingsOf(folder),
        this.folders.includes(folder),
      );
      this.indexes.set(folder, idx);
    }
    return idx;
  }

  /** Files whose findings may change when `file` changes: who imports it and what it imports. */
  dependentsOf(file: string): string[] {
    const idx = this.indexOf(this.folderOf(file));
    return idx.importersOf(file);
  }

  /**
   * Files whose findings an edit of `file` may change: who imports it (their calls decide
   * whether its functions are wrappers; they are analysed again), and the open documents it
   * imports (their results are stale, but no one waits for them until they are asked for).
   */
  affectedBy(file: string): { importers: string[]; imported: string[] } {
    const importers = this.dependentsOf(file).filter((f) => f !== file);
    const imported: string[] = [];
    for (const d of this.documents.all()) {
      const f = fileOfUri(d.uri);
      if (f && f !== file && this.dependentsOf(f).includes(file)) imported.push(f);
    }
    return { importers, imported };
  }

  fileChanged(file: string): void {
    if (path.basename(file) === CONFIG_FILE_NAME) {
      this.configs.invalidate(file);
      return;
    }
    if (isProjectInput(file)) {
      // A tsconfig or manifest may sit above a folder (a package opened on its own): every
      // folder resolves afresh, and no program keeps the old resolutions.
      for (const [folder, idx] of this.indexes) {
        idx.fileChanged(file);
        this.lastProgram.delete(folder);
        // Per-function results rest on what calls resolved to.
        this.memos.delete(folder);
      }
      return;
    }
    const folder = this.folderOf(file);
    if (this.folders.includes(folder)) this.indexOf(folder).fileChanged(file);
    // Outside every folder: a sibling package of a folder's monorepo, in their outer graphs.
    else for (const idx of this.indexes.values()) idx.fileChanged(file);
  }

  filesCreatedOrDeleted(): void {
    for (const idx of this.indexes.values()) idx.invalidateFileList();
    this.lastProgram.clear();
    this.memos.clear();
    this.configs.invalidate('');
  }

  isExcluded(file: string, settings: DiscloseSettings): boolean {
    if (!isSourceFile(file)) return true;
    const folder = this.folderOf(file);
    const rel = path.relative(folder, file).split(path.sep).join('/');
    if (rel.split('/').includes('node_modules')) return true;
    if (!settings.includeTests && isTestCode(rel)) return true;
    if (settings.exclude.length === 0) return false;
    const key = settings.exclude.join('\n');
    let m = this.excludeCache.get(key);
    if (!m) {
      const ms = settings.exclude.flatMap((g) => {
        try {
          return [compileGlob(g)];
        } catch {
          return [];
        }
      });
      this.excludeCache.set(key, (m = (rel: string) => ms.some((x) => x(rel))));
    }
    return m(rel);
  }

  /** The whole folder, every flow included: for the data-sharing report and init. */
  analyzeFolder(
    folder: string,
    settings: DiscloseSettings,
    options: { ignoreConfig: boolean; checkpoint?: () => void },
  ): { flows: Flow[]; configs: DiscloseConfig[]; files: number } {
    const files = this.indexOf(folder).allFiles();
    const overlay = new Map<string, string>();
    for (const d of this.documents.all()) {
      const f = fileOfUri(d.uri);
      if (f) overlay.set(f, d.getText());
    }
    const fallback = defaultConfig(settings.policy || undefined);
    const configs = new Set<DiscloseConfig>();
    const configFor = (f: string) => {
      const c = options.ignoreConfig ? fallback : this.configs.configFor(f, settings.policy);
      configs.add(c);
      return c;
    };
    const result = analyze({
      root: folder,
      files,
      configFor,
      reportUnresolved: true,
      includePermitted: true,
      overlay,
      maxFileBytes: settings.maxFileSize,
      project: this.indexOf(folder).project,
      checkpoint: options.checkpoint,
    });
    return { flows: result.flows, configs: [...configs], files: files.length };
  }

  private memoOf(folder: string): UnitMemo {
    let m = this.memos.get(folder);
    if (!m) this.memos.set(folder, (m = new UnitMemo()));
    return m;
  }

  private sourceFilesOf(folder: string): SourceFileCache {
    let c = this.sourceFiles.get(folder);
    if (!c) this.sourceFiles.set(folder, (c = new SourceFileCache()));
    return c;
  }

  /**
   * Analyses one document: the file itself and the files that import it (their calls decide
   * whether its functions are wrappers), with every open document's unsaved text.
   */
  analyzeDocument(doc: OpenDocument, settings: DiscloseSettings, checkpoint: () => void): DocumentAnalysis {
    const file = fileOfUri(doc.uri);
    const base = { uri: doc.uri, version: doc.version, file: file ?? doc.uri, findings: [] as Finding[] };
    if (!file || !settings.enable || this.isExcluded(file, settings)) return base;
    const text = doc.getText();
    const why = unanalysableReason(file, settings.maxFileSize, text);
    if (why) return { ...base, skipped: why };
    const folder = this.folderOf(file);
    const roots = [file, ...this.dependentsOf(file).filter((f) => f !== file && !this.isExcluded(f, settings))];
    const overlay = new Map<string, string>();
    for (const d of this.documents.all()) {
      const f = fileOfUri(d.uri);
      if (f) overlay.set(f, d.getText());
    }
    checkpoint();
    const result = analyze({
      root: folder,
      files: roots,
      configFor: (f) => this.configs.configFor(f, settings.policy),
      reportUnresolved: settings.reportUnresolved,
      overlay,
      maxFileBytes: settings.maxFileSize,
      oldProgram: this.lastProgram.get(folder),
      project: this.indexOf(folder).project,
      sourceFiles: this.sourceFilesOf(folder),
      memo: this.memoOf(folder),
      checkpoint,
    });
    this.lastProgram.set(folder, result.program);
    const problem = result.problems.find((p) => p.file === file);
    if (problem) throw new Error(problem.message);
    const limitsReached = result.problems.filter((p) => p.limit).map((p) => p.message);
    return {
      ...base,
      findings: result.findings.filter((f) => f.location.file === file),
      program: result.program,
      ...(limitsReached.length ? { limitsReached } : {}),
    };
  }
}
