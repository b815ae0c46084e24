import * as path from 'node:path';
import { ImportGraph } from './import-graph';
import type { ProjectModel } from './project-model';
import { isSourceFile } from './source-kinds';
import { discoverFiles } from './workspace-files';

/**
 * A package of a monorepo analysed on its own still sits in its monorepo: the sources it
 * imports from sibling packages hold the wrappers it calls, and the siblings that call into
 * it decide where its own findings stand. Both are brought in (analysed, never reported on), so
 * that scanning a package finds what scanning the whole monorepo finds there.
 */

/** Bounds the sources brought in from outside the given files. */
const MAX_OUTSIDE_FILES = 5000;

/**
 * Files outside the folder `root` that the given files reach through imports (transitively).
 * Files inside it that were not given (tests, excluded files) stay as they are: followed only
 * where a call leads, never analysed on their own.
 */
export function importedFromOutside(root: string, files: readonly string[], given: ReadonlySet<string>, graph: ImportGraph): string[] {
  const inside = (f: string) => {
    const rel = path.relative(root, f);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const out: string[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (t: string) => {
    if (given.has(t) || seen.has(t) || inside(t) || !isSourceFile(t) || out.length >= MAX_OUTSIDE_FILES) return;
    seen.add(t);
    out.push(t);
    queue.push(t);
  };
  for (const f of files) for (const t of graph.importsOf(f)) visit(t);
  while (queue.length) for (const t of graph.importsOf(queue.pop()!)) visit(t);
  return out;
}

/**
 * The files of the enclosing monorepo (outside the scanned folder) that import the given files,
 * directly or through barrels. Empty when the scanned folder is the whole workspace. Costs a
 * listing and an import pre-parse of the enclosing monorepo.
 */
export function callersFromEnclosingWorkspace(
  project: ProjectModel,
  files: readonly string[],
  readText: (f: string) => string | undefined,
  maxFileBytes: number,
): string[] {
  const outer = project.enclosingWorkspace(files);
  if (!outer) return [];
  const all = discoverFiles({ root: outer, paths: [outer], maxFileBytes }).files;
  const given = new Set(files);
  const graph = new ImportGraph(outer, readText, () => all, project);
  const out = new Set<string>();
  for (const f of files) for (const c of graph.callersOf(f)) if (!given.has(c) && out.size < MAX_OUTSIDE_FILES) out.add(c);
  return [...out].sort();
}
