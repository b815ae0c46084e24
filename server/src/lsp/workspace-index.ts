import * as path from 'node:path';
import { ImportGraph } from '../analysis/workspace/import-graph';
import { isProjectInput, ProjectModel } from '../analysis/workspace/project-model';
import { discoverFiles } from '../analysis/workspace/workspace-files';

/**
 * The source files of one workspace folder and who imports whom, so that a change to a
 * helper re-analyses the files that call it. Built lazily, updated per file. Imports resolve
 * through the folder's project model (each file's own tsconfig, the monorepo's packages),
 * made afresh when a tsconfig/jsconfig, package.json or pnpm-workspace.yaml changes.
 */
export class WorkspaceIndex {
  private files: string[] | undefined;
  private graph: ImportGraph;
  private model: ProjectModel;
  /** A folder that is one package of a larger monorepo: the monorepo's import graph (null: none). */
  private outer: ImportGraph | null | undefined;

  constructor(
    readonly root: string,
    private readonly readText: (file: string) => string | undefined,
    private readonly settings: () => { exclude: string[]; maxFileSize: number; includeTests: boolean },
    /** False for the folder of a file opened from outside the workspace: nothing there is listed. */
    private readonly discover = true,
  ) {
    this.model = new ProjectModel(root, { readText });
    this.graph = new ImportGraph(root, readText, () => this.allFiles(), this.model);
  }

  /** How this folder's build resolves imports: handed to every analysis of the folder. */
  get project(): ProjectModel {
    return this.model;
  }

  /** A build description changed (or files came and went): resolve everything afresh. */
  projectChanged(): void {
    this.model = new ProjectModel(this.root, { readText: this.readText });
    this.graph = new ImportGraph(this.root, this.readText, () => this.allFiles(), this.model);
    this.outer = undefined;
  }

  /**
   * The import graph of the monorepo around this folder, when the folder is one of its
   * packages: its callers elsewhere decide where findings stand, as in the CLI. Listed and
   * pre-parsed once, on first need.
   */
  private outerGraph(): ImportGraph | undefined {
    if (this.outer === undefined) {
      const dir = this.discover ? this.model.enclosingWorkspace(this.allFiles()) : undefined;
      if (!dir) this.outer = null;
      else {
        const files = discoverFiles({ root: dir, paths: [dir], maxFileBytes: this.settings().maxFileSize }).files;
        this.outer = new ImportGraph(dir, this.readText, () => files, this.model);
      }
    }
    return this.outer ?? undefined;
  }

  contains(file: string): boolean {
    const rel = path.relative(this.root, file);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  allFiles(): string[] {
    if (!this.files && !this.discover) this.files = [];
    if (!this.files) {
      const s = this.settings();
      this.files = discoverFiles({
        root: this.root,
        paths: [this.root],
        exclude: s.exclude,
        maxFileBytes: s.maxFileSize,
        includeTests: s.includeTests,
      }).files;
    }
    return this.files;
  }

  invalidateFileList(): void {
    this.files = undefined;
    // Resolutions depend on which files exist (a new index.ts, a new package).
    this.projectChanged();
  }

  /** True when the change was to a build description (the project model was made afresh). */
  fileChanged(file: string): boolean {
    if (isProjectInput(file)) {
      this.projectChanged();
      return true;
    }
    this.graph.fileChanged(file);
    this.outer?.fileChanged(file);
    return false;
  }

  /** Files whose calls decide the findings of `file`: its importers, through barrels. */
  importersOf(file: string): string[] {
    const own = this.graph.callersOf(file);
    const outer =
      this.outerGraph()
        ?.callersOf(file)
        .filter((f) => !this.contains(f)) ?? [];
    return outer.length ? [...own, ...outer] : own;
  }
}
