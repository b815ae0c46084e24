import type ts from 'typescript';
import type { Flow } from '../flows/finding';
import type { FlowSummaries } from '../flows/flow-summaries';
import { MemoRun, type Unit, unitId, type UnitMemo } from './unit-memo';

/** A file's units with the summaries that walk them and what else their results depend on. */
export interface FileUnits {
  sf: ts.SourceFile;
  units: Unit[];
  summaries: FlowSummaries;
  /** The configuration and options the file's results depend on, as a key. */
  context: string;
}

/**
 * Where each unit's results come from. A fresh analysis walks every unit; the editor's
 * incremental mode reuses a unit's results from the last analysis while everything they depend
 * on is unchanged (unit-memo.ts). The engine asks per unit and never knows which.
 */
export interface UnitResults {
  /**
   * Whether every unit is walked again in each learning round. Reused results are keyed by the
   * names known in their round, so the editor walks them all each round, as a fresh analysis
   * would (cached summaries cost nothing).
   */
  readonly rewalksEveryRound: boolean;
  beginRound(sinkFunctionNames: ReadonlySet<string>): void;
  /** Whether the unit reaches a sink (its summary has events). */
  reachesSink(u: Unit, summaries: FlowSummaries): boolean;
  /** The round's walks are done over these files (those whose analysis did not fail). */
  endRound(files: readonly FileUnits[]): void;
  /** Learning is over: which units have callers is settled. */
  endLearning(files: readonly FileUnits[]): void;
  /** Whether a codebase function calls the unit: its callers then report what they pass. */
  hasCallers(u: Unit): boolean;
  /** The unit's flows: made by `build`, or reused. */
  flowsOf(u: Unit, build: () => Flow[]): Flow[];
  /** The analysis finished: what the next one starts from. */
  commit(): void;
}

/** Per-function results kept between analyses when a memo is given; every unit walked otherwise. */
export function unitResults(memo: UnitMemo | undefined, program: ts.Program, files: readonly FileUnits[]): UnitResults {
  return memo ? new ReusedUnits(memo, program, files) : new WalkedUnits();
}

class WalkedUnits implements UnitResults {
  readonly rewalksEveryRound = false;
  private readonly called = new Set<ts.Node>();
  beginRound(): void {}
  reachesSink(u: Unit, summaries: FlowSummaries): boolean {
    return summaries.eventsOf(u).length > 0;
  }
  endRound(): void {}
  endLearning(files: readonly FileUnits[]): void {
    for (const s of new Set(files.map((f) => f.summaries))) for (const fn of s.called) this.called.add(fn);
  }
  hasCallers(u: Unit): boolean {
    return this.called.has(u);
  }
  flowsOf(_u: Unit, build: () => Flow[]): Flow[] {
    return build();
  }
  commit(): void {}
}

class ReusedUnits implements UnitResults {
  readonly rewalksEveryRound = true;
  private readonly run: MemoRun;
  private readonly rootUnits: ReadonlySet<ts.Node>;
  private readonly roundKeys = new Map<Unit, string>();
  private readonly calledIds = new Set<string>();
  private namesKey = '';

  constructor(memo: UnitMemo, program: ts.Program, files: readonly FileUnits[]) {
    this.run = new MemoRun(memo, program, files);
    this.rootUnits = new Set(files.flatMap((f) => f.units));
  }

  beginRound(sinkFunctionNames: ReadonlySet<string>): void {
    this.namesKey = [...sinkFunctionNames].sort().join(',');
    this.calledIds.clear();
  }

  reachesSink(u: Unit, summaries: FlowSummaries): boolean {
    const key = this.run.roundKey(u, this.namesKey);
    this.roundKeys.set(u, key);
    const hit = this.run.pass1(u, key);
    if (!hit) return summaries.eventsOf(u).length > 0;
    for (const id of hit.called ?? []) this.calledIds.add(id);
    return hit.hasEvents;
  }

  endRound(files: readonly FileUnits[]): void {
    // What the functions walked this round called, kept for their reuse next time.
    for (const { units, summaries } of files) {
      for (const u of units) {
        if (!summaries.edges.has(u)) continue;
        const ids = calledFrom(u, summaries, this.rootUnits);
        for (const id of ids) this.calledIds.add(id);
        this.run.recordPass1(u, this.roundKeys.get(u)!, { hasEvents: summaries.eventsOf(u).length > 0, called: ids });
      }
    }
  }

  endLearning(): void {}

  hasCallers(u: Unit): boolean {
    return this.calledIds.has(unitId(u));
  }

  flowsOf(u: Unit, build: () => Flow[]): Flow[] {
    const key = `${this.roundKeys.get(u)}|${this.hasCallers(u)}`;
    const reused = this.run.pass2(u, key);
    if (reused) return reused;
    const own = build();
    this.run.recordPass2(u, key, own);
    return own;
  }

  commit(): void {
    this.run.commit();
  }
}

/**
 * The codebase functions a unit's walk called: directly, from its inline callbacks, and through
 * helpers outside the analysed files. Other analysed functions account for their own calls.
 */
function calledFrom(u: ts.Node, summaries: FlowSummaries, rootUnits: ReadonlySet<ts.Node>): string[] {
  const out = new Set<string>();
  const seen = new Set<ts.Node>([u]);
  const queue: ts.Node[] = [u];
  while (queue.length) {
    const e = summaries.edges.get(queue.pop()!);
    if (!e) continue;
    for (const fn of e.calls) {
      out.add(unitId(fn));
      if (!rootUnits.has(fn) && !seen.has(fn)) (seen.add(fn), queue.push(fn));
    }
    for (const w of e.walks) if (!seen.has(w)) (seen.add(w), queue.push(w));
  }
  return [...out];
}
