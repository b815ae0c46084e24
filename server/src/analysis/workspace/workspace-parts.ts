import { builtinData } from '../engine';
import { CandidateFilter } from '../sinks/candidate-names';
import { ImportGraph } from './import-graph';

/**
 * Splitting a focused analysis over threads without changing a single finding: a file's
 * findings depend on the files it reaches through imports and on the functions of the other
 * analysed files reachable that way, never on a part of the workspace with no import path
 * to it. So the analysed files are grouped by import-connected component (of the files each
 * analysis would see: the candidates and what they import) and whole components are dealt out.
 */
export interface WorkspaceParts {
  /** Per part: the files it starts from, and every file of its components (what it may bring in). */
  parts: Array<{ starts: string[]; files: string[] }>;
  graph: ImportGraph;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/**
 * Components of the whole workspace's import graph: an analysis sees the files it starts from
 * and what they import, and brings in the files that import those (callers of wrappers); all
 * of them stay within one component.
 */
function components(files: readonly string[], graph: ImportGraph): UnionFind {
  const uf = new UnionFind();
  for (const f of files) for (const t of graph.importsOf(f)) uf.union(f, t);
  return uf;
}

export function candidateFiles(files: readonly string[], readText: (f: string) => string | undefined): string[] {
  const filter = new CandidateFilter(builtinData().catalog);
  return files.filter((f) => filter.mayContainSink(readText(f) ?? ''));
}

/** Up to `count` parts of about equal size (by text length), or one part when the workspace is one component. */
export function splitWorkspace(
  root: string,
  files: readonly string[],
  readText: (f: string) => string | undefined,
  count: number,
): WorkspaceParts {
  const starts = candidateFiles(files, readText);
  const graph = new ImportGraph(root, readText, () => [...files]);
  const uf = components(files, graph);
  const byComponent = new Map<string, { starts: string[]; files: string[]; size: number }>();
  const startSet = new Set(starts);
  for (const f of files) {
    const k = uf.find(f);
    const c = byComponent.get(k) ?? { starts: [], files: [], size: 0 };
    c.files.push(f);
    if (startSet.has(f)) {
      c.starts.push(f);
      c.size += (readText(f)?.length ?? 0) + graph.importsOf(f).reduce((n, t) => n + (readText(t)?.length ?? 0), 0);
    }
    byComponent.set(k, c);
  }
  // Largest first, each to the lightest part: a deterministic, roughly even deal.
  const comps = [...byComponent.values()]
    .filter((c) => c.starts.length > 0)
    .sort((a, b) => b.size - a.size || a.starts[0]!.localeCompare(b.starts[0]!));
  const parts = Array.from({ length: Math.max(1, Math.min(count, comps.length)) }, () => ({
    starts: [] as string[],
    files: [] as string[],
    size: 0,
  }));
  for (const c of comps) {
    const lightest = parts.reduce((m, p) => (p.size < m.size ? p : m), parts[0]!);
    lightest.starts.push(...c.starts);
    lightest.files.push(...c.files);
    lightest.size += c.size;
  }
  // In the workspace's order, as a single run would list them.
  const order = new Map(files.map((f, i) => [f, i]));
  const byOrder = (a: string, b: string) => order.get(a)! - order.get(b)!;
  return {
    parts: parts.filter((p) => p.starts.length > 0).map((p) => ({ starts: p.starts.sort(byOrder), files: p.files.sort(byOrder) })),
    graph,
  };
}

/**
 * After the parts ran, a safety net: true when no two parts' final files (callers brought in
 * included) are connected. Otherwise the split could have changed findings, and the caller
 * runs once more whole.
 */
export function partsStayedApart(files: readonly string[], graph: ImportGraph, finalRoots: readonly string[][]): boolean {
  const uf = components(files, graph);
  const owner = new Map<string, number>();
  for (let i = 0; i < finalRoots.length; i++) {
    for (const f of finalRoots[i]!) {
      const k = uf.find(f);
      const o = owner.get(k);
      if (o !== undefined && o !== i) return false;
      owner.set(k, i);
    }
  }
  return true;
}
