import * as path from 'node:path';
import ts from 'typescript';
import { diffHunks } from '../incremental/text-diff';
import { MINIMAL_LIB, MINIMAL_LIB_FILE } from './minimal-lib';
import { ANALYSIS_OPTIONS, ProjectModel } from './project-model';
import { isSourceFile, scriptKindOf } from './source-kinds';
import { readSourceForParse } from './source-reader';

/**
 * Builds a TypeScript program over the workspace's own files. Packages in node_modules are
 * never loaded: their imports stay unresolved, so SDKs are recognised by module name, and the
 * cost stays close to parsing the files themselves (no lib.d.ts, no @types).
 */
export interface ProgramInput {
  root: string;
  files: string[];
  /** Unsaved editor contents by absolute path. */
  overlay?: ReadonlyMap<string, string>;
  /** Files larger than this are treated as empty when reached through an import. */
  maxFileBytes: number;
  /** When set, only these source files exist for the program (imports of others stay unresolved). */
  visible?: ReadonlySet<string>;
  oldProgram?: ts.Program;
  /** Parsed files kept between builds: unchanged files are reused, edited ones re-parsed incrementally. */
  sourceFiles?: SourceFileCache;
  /**
   * How the workspace's build resolves imports (each file with the tsconfig that owns it, the
   * monorepo's own packages); one per run, made from `root` when not given.
   */
  project?: ProjectModel;
  /**
   * Texts read from disk by earlier builds of the same analysis (a focused run builds one
   * program per round): each file is read once per analysis. Never kept across analyses.
   */
  texts?: Map<string, string | undefined>;
}

/**
 * The parsed files of the last build. TypeScript reuses a file's structure, binding and
 * module resolution only when the host hands back the very same SourceFile, and an edited file
 * re-parses only around the edit; after a build, files the new program left out are dropped.
 */
export class SourceFileCache {
  private files = new Map<string, ts.SourceFile>();
  private used = new Set<string>();

  get(fileName: string, text: string, create: () => ts.SourceFile): ts.SourceFile {
    this.used.add(fileName);
    const old = this.files.get(fileName);
    if (old && old.text === text) return old;
    let sf: ts.SourceFile | undefined;
    if (old) {
      try {
        // One incremental step per changed place, top down, when they stand far apart: each step
        // costs a walk of the tree, and re-reading a short stretch between two places costs less.
        sf = old;
        let hunks = diffHunks(old.text, text);
        if (hunks.length > 1 && hunks[hunks.length - 1]!.oldEnd - hunks[0]!.oldStart < 8192) {
          const first = hunks[0]!;
          const last = hunks[hunks.length - 1]!;
          hunks = [{ oldStart: first.oldStart, oldEnd: last.oldEnd, newStart: first.newStart, newEnd: last.newEnd }];
        }
        for (const h of hunks) {
          const oldLength = h.oldEnd - h.oldStart;
          const next = sf.text.slice(0, h.newStart) + text.slice(h.newStart, h.newEnd) + sf.text.slice(h.newStart + oldLength);
          sf = ts.updateSourceFile(sf, next, ts.createTextChangeRange(ts.createTextSpan(h.newStart, oldLength), h.newEnd - h.newStart));
        }
        if (sf.text !== text) sf = undefined;
      } catch {
        sf = undefined;
      }
    }
    sf ??= create();
    this.files.set(fileName, sf);
    return sf;
  }

  /** Called after a build: forget what it did not ask for. */
  prune(): void {
    for (const f of [...this.files.keys()]) if (!this.used.has(f)) this.files.delete(f);
    this.used = new Set();
  }
}

function isPackagePath(p: string): boolean {
  return p.includes(`${path.sep}node_modules${path.sep}`) || p.includes('/node_modules/');
}

let minimalLibSource: ts.SourceFile | undefined;

export function buildProgram(input: ProgramInput): ts.Program {
  const options: ts.CompilerOptions = { ...ANALYSIS_OPTIONS };
  const project = input.project ?? new ProjectModel(input.root);
  const host = ts.createCompilerHost(options, true);
  const overlay = input.overlay;
  const texts = input.texts;
  const readFile = (f: string): string | undefined => {
    if (f === MINIMAL_LIB_FILE) return MINIMAL_LIB;
    const abs = path.resolve(f);
    const unsaved = overlay?.get(abs);
    if (unsaved === undefined && texts?.has(abs)) return texts.get(abs);
    // Sibling packages of a monorepo are read too: the boundary is the repository, not the scanned folder.
    const text = readSourceForParse(f, unsaved, input.maxFileBytes, project.boundary);
    if (unsaved === undefined) texts?.set(abs, text);
    return text;
  };
  const visible = input.visible;
  const hidden = (f: string) => visible !== undefined && isSourceFile(f) && !visible.has(path.resolve(f));
  host.fileExists = (f) =>
    f === MINIMAL_LIB_FILE || (!isPackagePath(f) && !hidden(f) && (overlay?.has(path.resolve(f)) || ts.sys.fileExists(f)));
  host.directoryExists = (d) => !isPackagePath(d + '/') && ts.sys.directoryExists!(d);
  host.readFile = (f) => (isPackagePath(f) ? undefined : readFile(f));
  host.getSourceFile = (fileName, languageVersion) => {
    if (fileName === MINIMAL_LIB_FILE)
      return (minimalLibSource ??= ts.createSourceFile(MINIMAL_LIB_FILE, MINIMAL_LIB, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS));
    const text = readFile(fileName);
    if (text === undefined) return undefined;
    const target = typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion;
    const create = () => parseForProgram(fileName, text, target);
    return input.sourceFiles ? input.sourceFiles.get(fileName, text, create) : create();
  };
  host.getDefaultLibFileName = () => 'lib.d.ts';
  // One program, but each file's imports resolve as its own tsconfig says (paths, baseUrl), and
  // the monorepo's own packages resolve to their sources.
  host.resolveModuleNameLiterals = (literals, containingFile) =>
    literals.map((lit) => {
      const r = project.resolveModule(lit.text, containingFile);
      return { resolvedModule: r && !hidden(r.resolvedFileName) ? r : undefined };
    });
  const program = ts.createProgram({ rootNames: [MINIMAL_LIB_FILE, ...input.files], options, host, oldProgram: input.oldProgram });
  input.sourceFiles?.prune();
  return program;
}

/**
 * A file parsed as the analysis program parses it (the target is the program's, ANALYSIS_OPTIONS).
 * Other readers of the same files (the focused run's look-ahead) parse through this too, so that
 * the program can take their trees from the SourceFileCache instead of parsing again.
 */
export function parseForProgram(fileName: string, text: string, target: ts.ScriptTarget = ANALYSIS_OPTIONS.target!): ts.SourceFile {
  const kind = scriptKindOf(fileName);
  // JSDoc carries types only in JavaScript; our own tags are read from comment text.
  const jsDoc = kind === ts.ScriptKind.JS || kind === ts.ScriptKind.JSX ? ts.JSDocParsingMode.ParseAll : ts.JSDocParsingMode.ParseNone;
  return ts.createSourceFile(fileName, text, { languageVersion: target, jsDocParsingMode: jsDoc }, true, kind);
}
