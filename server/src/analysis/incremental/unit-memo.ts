import ts from 'typescript';
import type { CodeLocation, Flow } from '../flows/finding';
import { containerName, type FunctionLike } from '../ts-helpers';
import { mentionsListener } from '../values/event-emitters';
import { diffHunks, type Hunk, mapNewToOld, mapOldToNew } from './text-diff';

/**
 * Incremental analysis for the editor: what each function of a file produced last time, reused
 * while nothing it can depend on has changed. A function's results depend on its own text, the
 * text of the same-file functions it names (callees, callbacks), the rest of its file outside
 * function bodies (imports, types, module-level clients, doc comments), every other file of the
 * program, the configuration and the names known to reach sinks. All of that goes into its key;
 * a hit replays its flows, moved to where the function stands now, and its share of which
 * functions have callers. Anything else is computed afresh.
 */
export type Unit = FunctionLike | ts.SourceFile;

interface Pass1 {
  hasEvents: boolean;
  /** Ids of the codebase functions its walk called (directly or through callbacks and imported helpers). */
  called?: string[];
}

interface UnitEntry {
  /** Where the function ends (it starts at its key in `units`). */
  end: number;
  pass1: Map<string, Pass1>;
  pass2?: { key: string; flows: Flow[] };
}

interface FileState {
  text: string;
  lineStarts: readonly number[];
  units: Map<number, UnitEntry>;
  /** Texts that keys are made of, by number: equal texts keep their number from run to run. */
  interned: Map<string, number>;
  /** Identifiers in a function's text, by text. */
  words: Map<string, string[]>;
}

/** Kept by the server per folder, across analyses. */
export class UnitMemo {
  files = new Map<string, FileState>();
  /** Counts reuse, for tests and the bench. */
  stats = { hits: 0, misses: 0 };
}

let nextTextId = 1;

const sourceIds = new WeakMap<ts.SourceFile, number>();
let nextSourceId = 1;
const configIds = new WeakMap<object, number>();
let nextConfigId = 1;

function idOfSource(sf: ts.SourceFile): number {
  let id = sourceIds.get(sf);
  if (id === undefined) sourceIds.set(sf, (id = nextSourceId++));
  return id;
}

export function idOfConfig(c: object): number {
  let id = configIds.get(c);
  if (id === undefined) configIds.set(c, (id = nextConfigId++));
  return id;
}

function unitStart(u: Unit): number {
  return ts.isSourceFile(u) ? -1 : u.getStart();
}

export function unitId(u: ts.Node): string {
  const sf = u.getSourceFile();
  return `${sf.fileName}|${ts.isSourceFile(u) ? -1 : u.getStart(sf)}`;
}

/** One analysis run's view of the memo: keys of this run, lookups in the last one, and what to keep. */
export class MemoRun {
  private readonly views = new Map<string, FileView>();
  private readonly next = new Map<string, FileState>();

  constructor(
    private readonly memo: UnitMemo,
    program: ts.Program,
    roots: ReadonlyArray<{ sf: ts.SourceFile; units: Unit[]; context: string }>,
  ) {
    const all = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile);
    for (const { sf, units, context } of roots) {
      // Every other file of the program, by identity: the parse cache hands back the same
      // object for unchanged text.
      const others = all
        .filter((o) => o !== sf)
        .map((o) => idOfSource(o))
        .join(',');
      const state: FileState = { text: sf.text, lineStarts: sf.getLineStarts(), units: new Map(), interned: new Map(), words: new Map() };
      this.views.set(sf.fileName, new FileView(sf, units, memo.files.get(sf.fileName), `${context}\u0000${others}`, state));
      this.next.set(sf.fileName, state);
    }
  }

  /** The round's key of a unit: its base key and the names known to reach sinks. */
  roundKey(u: Unit, sinkNames: string): string {
    const view = this.view(u);
    return `${view.baseKey(u)}|${view.intern(sinkNames)}`;
  }

  pass1(u: Unit, key: string): Pass1 | undefined {
    const hit = this.view(u).oldEntry(u)?.pass1.get(key);
    if (!hit) return undefined;
    const relocated = hit.called ? this.view(u).relocateIds(hit.called) : undefined;
    if (hit.called && !relocated) return undefined;
    const value = { hasEvents: hit.hasEvents, called: relocated };
    this.entry(u).pass1.set(key, value);
    return value;
  }

  recordPass1(u: Unit, key: string, value: Pass1): void {
    this.entry(u).pass1.set(key, value);
  }

  pass2(u: Unit, key: string): Flow[] | undefined {
    const old = this.view(u).oldEntry(u)?.pass2;
    const flows = old && old.key === key ? this.view(u).relocateFlows(old.flows) : undefined;
    if (flows) {
      this.memo.stats.hits++;
      this.entry(u).pass2 = { key, flows };
    } else this.memo.stats.misses++;
    return flows;
  }

  recordPass2(u: Unit, key: string, flows: Flow[]): void {
    this.entry(u).pass2 = { key, flows };
  }

  /** The analysis finished: its results are what the next one starts from. */
  commit(): void {
    for (const [f, state] of this.next) this.memo.files.set(f, state);
  }

  private view(u: Unit): FileView {
    return this.views.get(u.getSourceFile().fileName)!;
  }

  private entry(u: Unit): UnitEntry {
    const state = this.next.get(u.getSourceFile().fileName)!;
    const start = unitStart(u);
    let e = state.units.get(start);
    if (!e) state.units.set(start, (e = { end: u.end, pass1: new Map() }));
    return e;
  }
}

/** A root file now, against its state at the last analysis: keys, and moving old positions. */
class FileView {
  private readonly keys = new Map<Unit, string>();
  /** Where the file changed since the last analysis, in order. */
  private readonly hunks: Hunk[];
  private lines: { hunks: Array<{ start: number; oldEnd: number; delta: number }>; shifts: boolean } | undefined;
  /**
   * Functions inside the changed span whose text is unchanged, found again by that text: two
   * edits apart (an undo here, a change there) leave everything between them in one span.
   */
  private readonly anchors: Array<{ oldStart: number; oldEnd: number; newStart: number; newEnd: number }> = [];

  constructor(
    private readonly sf: ts.SourceFile,
    units: Unit[],
    private readonly old: FileState | undefined,
    context: string,
    private readonly state: FileState,
  ) {
    this.hunks = diffHunks(old?.text ?? '', sf.text);
    // One long changed span (lines added or removed in several places): functions inside it are
    // found again by their text.
    if (old && this.hunks.length === 1) this.findAnchors(units, old, this.hunks[0]!);
    this.computeKeys(units, context);
  }

  private findAnchors(units: Unit[], old: FileState, span: Hunk): void {
    const inSpan = (start: number, end: number, spanEnd: number) => start >= span.oldStart && end <= spanEnd;
    const oldByText = new Map<string, number[]>();
    for (const [start, e] of old.units) {
      if (start === -1 || !inSpan(start, e.end, span.oldEnd)) continue;
      const text = old.text.slice(start, e.end);
      const list = oldByText.get(text);
      if (list) list.push(start);
      else oldByText.set(text, [start]);
    }
    if (oldByText.size === 0) return;
    const newByText = new Map<string, Unit[]>();
    for (const u of units) {
      if (ts.isSourceFile(u)) continue;
      const start = u.getStart(this.sf);
      if (!inSpan(start, u.end, span.newEnd)) continue;
      const text = this.sf.text.slice(start, u.end);
      if (!oldByText.has(text)) continue;
      const list = newByText.get(text);
      if (list) list.push(u);
      else newByText.set(text, [u]);
    }
    for (const [text, news] of newByText) {
      const olds = oldByText.get(text)!;
      if (news.length !== 1 || olds.length !== 1) continue; // ambiguous: leave it to be recomputed
      const u = news[0]!;
      this.anchors.push({ oldStart: olds[0]!, oldEnd: olds[0]! + text.length, newStart: u.getStart(this.sf), newEnd: u.end });
    }
  }

  intern(text: string): number {
    let id = this.state.interned.get(text);
    if (id === undefined) {
      id = this.old?.interned.get(text) ?? nextTextId++;
      this.state.interned.set(text, id);
    }
    return id;
  }

  baseKey(u: Unit): string {
    return this.keys.get(u)!;
  }

  oldEntry(u: Unit): UnitEntry | undefined {
    if (!this.old) return undefined;
    const start = unitStart(u);
    if (start === -1) return this.old.units.get(-1);
    const oldStart = this.toOld(start);
    return oldStart === undefined ? undefined : this.old.units.get(oldStart);
  }

  relocateIds(ids: string[]): string[] | undefined {
    const out: string[] = [];
    for (const id of ids) {
      const bar = id.lastIndexOf('|');
      const file = id.slice(0, bar);
      const offset = Number(id.slice(bar + 1));
      if (file !== this.sf.fileName || offset === -1) {
        out.push(id);
        continue;
      }
      const moved = this.toNew(offset);
      if (moved === undefined) return undefined;
      out.push(`${file}|${moved}`);
    }
    return out;
  }

  /** Old flows at today's positions; undefined when one stood in the changed span. */
  relocateFlows(flows: Flow[]): Flow[] | undefined {
    if (this.hunks.length === 0) return flows;
    let ok = true;
    const loc = <T extends { file: string; line: number; column: number; endLine: number; endColumn: number }>(l: T): T => {
      if (l.file !== this.sf.fileName) return l;
      const start = this.movePos(l.line, l.column);
      const end = this.movePos(l.endLine, l.endColumn);
      if (!start || !end) {
        ok = false;
        return l;
      }
      return { ...l, line: start.line, column: start.character, endLine: end.line, endColumn: end.character };
    };
    // Most flows stand wholly above or below the change and keep their lines: no copy for them.
    const lines = this.changedLines();
    const touched = (l: { file: string; line: number; endLine: number }) =>
      l.file === this.sf.fileName && lines.hunks.some((h) => l.endLine >= h.start && l.line <= h.oldEnd);
    const out = flows.map((f) =>
      !lines.shifts && !touched(f.location) && !touched(f.sink.location) && !f.chain.some(touched) && !f.data.some(touched)
        ? f
        : {
            ...f,
            location: loc(f.location),
            sink: { ...f.sink, location: loc(f.sink.location) },
            chain: f.chain.map((c: CodeLocation) => loc(c)),
            data: f.data.map((d) => loc(d)),
          },
    );
    return ok ? out : undefined;
  }

  /** The old lines each change spans, and how many lines it adds; whether any line moved. */
  private changedLines(): { hunks: Array<{ start: number; oldEnd: number; delta: number }>; shifts: boolean } {
    if (!this.lines) {
      const starts = this.old!.lineStarts;
      const hunks = this.hunks.map((h) => {
        const start = lineOf(starts, h.oldStart);
        const oldEnd = lineOf(starts, h.oldEnd);
        const added = this.sf.getLineAndCharacterOfPosition(h.newEnd).line - this.sf.getLineAndCharacterOfPosition(h.newStart).line;
        return { start, oldEnd, delta: added - (oldEnd - start) };
      });
      this.lines = { hunks, shifts: hunks.some((h) => h.delta !== 0) };
    }
    return this.lines;
  }

  private movePos(line: number, character: number): ts.LineAndCharacter | undefined {
    const starts = this.old!.lineStarts;
    if (line >= starts.length) return undefined;
    // Lines outside every change keep their columns; those below a change move by its lines.
    let delta = 0;
    for (const h of this.changedLines().hunks) {
      if (line < h.start) return { line: line + delta, character };
      if (line <= h.oldEnd) {
        const moved = this.toNew(starts[line]! + character);
        return moved === undefined ? undefined : this.sf.getLineAndCharacterOfPosition(moved);
      }
      delta += h.delta;
    }
    return { line: line + delta, character };
  }

  private toOld(offset: number): number | undefined {
    const mapped = mapNewToOld(this.hunks, offset);
    if (mapped !== undefined) return mapped;
    for (const a of this.anchors) if (offset >= a.newStart && offset <= a.newEnd) return offset - a.newStart + a.oldStart;
    return undefined;
  }

  private toNew(offset: number): number | undefined {
    const mapped = mapOldToNew(this.hunks, offset);
    if (mapped !== undefined) return mapped;
    for (const a of this.anchors) if (offset >= a.oldStart && offset <= a.oldEnd) return offset - a.oldStart + a.newStart;
    return undefined;
  }

  /**
   * Base keys: the file outside function bodies, the other files and the configuration
   * (`context`), and the texts of the functions a unit can reach by name within the file.
   */
  private computeKeys(units: Unit[], context: string): void {
    const sf = this.sf;
    const fns = units.filter((u): u is FunctionLike => !ts.isSourceFile(u));
    const textOf = new Map<Unit, string>(fns.map((u) => [u, sf.text.slice(u.getStart(sf), u.end)]));
    // The file with every outermost function cut out: declarations, imports, comments above functions.
    const ranges = fns.map((u) => [u.getStart(sf), u.end] as const).sort((a, b) => a[0] - b[0]);
    const skeleton = skeletonOf(sf, ranges);
    textOf.set(sf, skeleton);
    const byName = new Map<string, FunctionLike[]>();
    for (const u of fns) {
      const name = ownName(u);
      if (!name) continue;
      const list = byName.get(name);
      if (list) list.push(u);
      else byName.set(name, [u]);
    }
    const refs = new Map<Unit, Unit[]>();
    const unitSet = new Set<Unit>(units);
    // A handler of a domain event depends on what the emit sites put in, wherever they stand.
    const emitters = units.filter((u) => textOf.get(u)!.includes('.emit('));
    for (const u of units) {
      const out = new Set<Unit>();
      if (emitters.length && mentionsListener(textOf.get(u)!)) for (const e of emitters) if (e !== u) out.add(e);
      const text = textOf.get(u)!;
      let words = this.state.words.get(text) ?? this.old?.words.get(text);
      words ??= [...new Set(Array.from(text.matchAll(/[A-Za-z_$][\w$]*/g), (m) => m[0]))];
      this.state.words.set(text, words);
      for (const w of words) for (const f of byName.get(w) ?? []) if (f !== u) out.add(f);
      // Nested functions are part of their container's text, and their names too. A nested
      // function reads its containers' locals (`presence` made by `new WebSocket` above
      // `presence.onopen = () => presence.send(…)`): their texts are part of its key.
      for (let p = u.parent; p && !ts.isSourceFile(u); p = p.parent) if (unitSet.has(p as Unit)) out.add(p as Unit);
      refs.set(u, [...out]);
    }
    const fileKey = `${this.intern(context)}.${this.intern(skeleton)}`;
    for (const u of units) {
      const seen = new Set<Unit>([u]);
      const queue = [u];
      while (queue.length)
        for (const r of refs.get(queue.pop()!)!)
          if (!seen.has(r)) {
            seen.add(r);
            queue.push(r);
          }
      const reach = [...seen].filter((r) => r !== sf).sort((a, b) => unitStart(a) - unitStart(b));
      // Positions are not in the key (they are moved on reuse); the order of texts is.
      // Findings name the functions around theirs: an edit above an unchanged function can change that.
      const around = ts.isSourceFile(u) ? '' : this.intern(containerName(u));
      this.keys.set(
        u,
        `${fileKey}:${ts.isSourceFile(u) ? 'file' : this.intern(textOf.get(u)!)}:${around}:${reach.map((r) => this.intern(textOf.get(r)!)).join(',')}`,
      );
    }
  }
}

/**
 * The key text of a file outside its functions. Blank lines and comments between statements
 * and class members are left out (only the annotations there count), so typing a new line
 * between two functions keeps every function's results.
 */
function skeletonOf(sf: ts.SourceFile, ranges: ReadonlyArray<readonly [number, number]>): string {
  const text = sf.text;
  const isUnit = new Map(ranges.map(([s, e]) => [s, e]));
  const raw = (from: number, to: number): string => {
    let out = '';
    let at = from;
    // The first range that starts at or after `from`, then on while they start before `to`.
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![0] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ranges.length && ranges[i]![0] < to; i++) {
      const [s, e] = ranges[i]!;
      if (s < at) continue;
      out += text.slice(at, s) + '\u0001';
      at = e;
    }
    return out + text.slice(at, to);
  };
  const annotations = (n: ts.Node): string =>
    (ts.getLeadingCommentRanges(text, n.pos) ?? [])
      .map((r) => text.slice(r.pos, r.end))
      .filter((c) => /@disclose|@personal|disclose-/.test(c))
      .join('\n');
  const keyText = (n: ts.Node): string => {
    const start = n.getStart(sf);
    if (isUnit.get(start) === n.end) return '\u0001';
    if (ts.isClassLike(n) && n.members.length) {
      const members = n.members.map((m) => `${annotations(m)}${keyText(m)}`).join('\n');
      return `${raw(start, n.members.pos)}${members}${raw(n.members.end, n.end)}`;
    }
    return raw(start, n.end);
  };
  return sf.statements.map((st) => `${annotations(st)}${keyText(st)}`).join('\n');
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The name a function is called by: its own, its method's, or its variable's. */
function ownName(u: FunctionLike): string | undefined {
  const named = (u as ts.Node & { name?: ts.Node }).name;
  if (named && (ts.isIdentifier(named) || ts.isStringLiteral(named) || ts.isPrivateIdentifier(named))) return named.text;
  const p = u.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && ts.isIdentifier(p.name))
    return p.name.text;
  return undefined;
}
