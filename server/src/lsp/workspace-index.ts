import * as path from 'node:path';
import { ImportGraph } from '../analysis/import-graph';
import { discoverFiles } from '../analysis/workspace-files';

/**
 * The source files of one workspace folder and who imports whom, so that a change to a
 * helper re-analyses the files that call it. Built lazily, updated per file.
 */
export class WorkspaceIndex {
  private files: string[] | undefined;
  private readonly graph: ImportGraph;

  constructor(
    readonly root: string,
    readText: (file: string) => string | undefined,
    private readonly settings: () => { exclude: string[]; maxFileSize: number },
    /** False for the folder of a file opened from outside the workspace: nothing there is listed. */
    private readonly discover = true,
  ) {
    this.graph = new ImportGraph(root, readText, () => this.allFiles());
  }

  contains(file: string): boolean {
    const rel = path.relative(this.root, file);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  allFiles(): string[] {
    if (!this.files && !this.discover) this.files = [];
    if (!this.files) {
      const s = this.settings();
      this.files = discoverFiles({ root: this.root, paths: [this.root], exclude: s.exclude, maxFileBytes: s.maxFileSize }).files;
    }
    return this.files;
  }

  invalidateFileList(): void {
    this.files = undefined;
    this.graph.reset();
  }

  fileChanged(file: string): void {
    this.graph.fileChanged(file);
  }

  /** Files whose calls decide the findings of `file`: its importers, through barrels. */
  importersOf(file: string): string[] {
    return this.graph.callersOf(file);
  }
}
