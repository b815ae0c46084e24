import ts from 'typescript';
import type { Unit } from '../incremental/unit-memo';
import type { FileUnits, UnitResults } from '../incremental/unit-results';
import type { FlowSummaries } from './flow-summaries';
import { isDefaultExport, isReachableAsMember, memberKey, nameOfKey, unitNames } from './function-units';

export interface Learning {
  files: readonly FileUnits[];
  results: UnitResults;
  /** Every summaries object in use (one per configuration). */
  summaries: ReadonlySet<FlowSummaries>;
  /**
   * The names of codebase functions known to reach a sink, and (function-units.ts memberKey) those
   * of them callable as members; grows here. Calls are resolved by it.
   */
  sinkFunctionNames: Set<string>;
  /** The names everything in the files calls. */
  calleeNames: ReadonlySet<string>;
  importAliases: ReadonlyMap<string, readonly string[]>;
  maxRounds: number;
  /** The units to walk first, by file (a later focus round: its new files, and stale summaries); all when not given. */
  initial?: Map<ts.SourceFile, Set<Unit>>;
  checkpoint?: () => void;
  /** A file whose walk threw: it is left out from here on. */
  failed: Set<ts.SourceFile>;
  onFailure(sf: ts.SourceFile, error: Error): void;
}

/**
 * Summaries of every unit, which also tells which functions have callers. When new functions
 * that reach sinks are found, calls of them are followed too: the summaries that passed over
 * such a call (and those built on them) are made again, nothing else, so a chain of wrappers
 * costs one more walk of each of its functions, however deep it is. Returns whether the round
 * bound was reached before the names settled.
 */
export function learnSinkFunctions(l: Learning): { capped: boolean } {
  // The units to walk (again) this round, by file; undefined: all of them.
  let pending: Map<ts.SourceFile, Set<Unit>> | undefined = l.initial;
  for (let round = 0; ; round++) {
    if (round >= l.maxRounds) return { capped: true };
    const known = new Set(l.sinkFunctionNames);
    l.results.beginRound(l.sinkFunctionNames);
    for (const { sf, units, summaries } of l.files) {
      if (l.failed.has(sf)) continue;
      const only = pending?.get(sf);
      if (pending && !only) continue;
      l.checkpoint?.();
      try {
        // A failpoint for the tests of crash containment: never set in use.
        if (process.env.DISCLOSE_FAILPOINT && sf.text.includes(process.env.DISCLOSE_FAILPOINT)) throw new Error('failpoint reached');
        for (const u of units) {
          if (only && !only.has(u)) continue;
          if (!l.results.reachesSink(u, summaries) || ts.isSourceFile(u)) continue;
          const names = unitNames(u);
          if (isDefaultExport(u)) names.push('default');
          const member = isReachableAsMember(u);
          for (const n of names) {
            l.sinkFunctionNames.add(n);
            if (member) l.sinkFunctionNames.add(memberKey(n));
            for (const alias of l.importAliases.get(n) ?? []) l.sinkFunctionNames.add(alias);
          }
        }
      } catch (e) {
        l.failed.add(sf);
        l.onFailure(sf, e as Error);
      }
    }
    l.results.endRound(l.files.filter((f) => !l.failed.has(f.sf)));
    // Another round only when a newly learned name is actually called here.
    const fresh = [...l.sinkFunctionNames].filter((n) => !known.has(n) && l.calleeNames.has(nameOfKey(n)));
    if (fresh.length === 0) return { capped: false };
    const forgotten = new Set<ts.Node>();
    for (const s of l.summaries) for (const c of s.learn(fresh)) forgotten.add(c);
    if (l.results.rewalksEveryRound) continue;
    pending = new Map();
    for (const { sf, units } of l.files) {
      const again = units.filter((u) => forgotten.has(u));
      if (again.length) pending.set(sf, new Set(again));
    }
    if (pending.size === 0) return { capped: false };
  }
}
