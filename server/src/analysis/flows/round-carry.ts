import type ts from 'typescript';
import type { DiscloseConfig } from '../config/config';
import type { Unit } from '../incremental/unit-memo';
import type { FileUnits } from '../incremental/unit-results';
import type { FlowSummaries } from './flow-summaries';

/**
 * What a focused run's rounds hand on: the summaries per configuration, the names known to reach
 * sinks and called in the files, and which files were walked (or failed). Summaries hold syntax
 * and data, not the checker of the program they were made with, so the next round's program,
 * with the same trees and more files, keeps them (FlowSummaries.rebind says which it cannot).
 */
export interface Carry {
  summaries: Map<DiscloseConfig, FlowSummaries>;
  sinkFunctionNames: Set<string>;
  calleeNames: Set<string>;
  walked: Set<ts.SourceFile>;
  failed: Set<ts.SourceFile>;
  /** Files for which this round's program may answer otherwise than the last one's. */
  changed: ReadonlySet<string>;
}

export function newCarry(): Carry {
  return {
    summaries: new Map(),
    sinkFunctionNames: new Set(),
    calleeNames: new Set(),
    walked: new Set(),
    failed: new Set(),
    changed: new Set(),
  };
}

/** The units a round walks when an earlier round's summaries carry over: new files' and stale ones. */
export function pendingAfterCarry(
  work: readonly FileUnits[],
  walked: ReadonlySet<ts.SourceFile>,
  stale: ReadonlySet<ts.Node>,
): Map<ts.SourceFile, Set<Unit>> {
  const pending = new Map<ts.SourceFile, Set<Unit>>();
  for (const { sf, units } of work) {
    const again = walked.has(sf) ? units.filter((u) => stale.has(u)) : units;
    if (again.length) pending.set(sf, new Set(again));
  }
  return pending;
}
