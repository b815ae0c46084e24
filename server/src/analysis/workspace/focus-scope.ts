import { DEFAULT_EXPORT, likelyWrapperNames, type ParseFile } from '../flows/wrapper-guess';
import { timed } from '../phase-times';
import type { CandidateFilter } from '../sinks/candidate-names';
import { listenedEvents } from '../values/event-emitters';
import { ImportGraph } from './import-graph';
import { tooDeepReason } from './nesting-depth';
import { importedFromOutside } from './outside-files';
import { parseForProgram, type SourceFileCache } from './program-builder';
import type { ProjectModel } from './project-model';
import { tryReadTextFile } from './safe-fs';

export interface FocusInput {
  root: string;
  files: string[];
  startFrom?: readonly string[];
  overlay?: ReadonlyMap<string, string>;
  maxFileBytes: number;
  project: ProjectModel;
}

/**
 * The files a focused (whole-workspace) run analyses: those that can hold a sink, then round by
 * round the callers of the wrappers the last round found, the emitters of events their handlers
 * listen to, and what all of these import. Sources imported from outside the given files (a
 * workspace package next to the scanned one) are analysed for their wrappers, never reported on.
 */
export class FocusScope {
  private readonly texts = new Map<string, string | undefined>();
  private readonly graph: ImportGraph;
  private readonly given: ReadonlySet<string>;
  private readonly outside: readonly string[];
  private universe: string[];
  private readonly inScope: ReadonlySet<string>;
  private readonly reported: Set<string>;
  private readonly expanded = new Set<string>();
  private readonly scannedForHandlers = new Set<string>();
  private readonly parseCaller: ParseFile;

  /** `sourceFiles`: the run's parse cache, which callers parsed for the look-ahead go into. */
  constructor(
    private readonly input: FocusInput,
    filter: CandidateFilter,
    sourceFiles: SourceFileCache,
  ) {
    // A caller parsed here is a file of the next round: parsed as the program parses it, the
    // program takes its tree from the cache instead of parsing it again.
    this.parseCaller = (f, t) => {
      if (tooDeepReason(t, f)) return undefined;
      try {
        return sourceFiles.get(f, t, () => parseForProgram(f, t));
      } catch (e) {
        if (e instanceof RangeError) return undefined;
        throw e;
      }
    };
    this.universe = input.files;
    this.graph = new ImportGraph(
      input.root,
      (f) => this.readText(f),
      () => this.universe,
      input.project,
    );
    this.given = new Set(input.files);
    this.outside = timed('import graph (every file)', () => importedFromOutside(input.root, input.files, this.given, this.graph));
    if (this.outside.length) this.universe = [...input.files, ...this.outside];
    this.inScope = new Set(this.universe);
    this.reported = new Set(input.startFrom ?? input.files.filter((f) => filter.mayContainSink(this.readText(f) ?? '')));
    for (const f of this.outside) if (filter.mayContainSink(this.readText(f) ?? '')) this.reported.add(f);
  }

  /** The files reported on this round, imports first, and the files they can see (they and their imports). */
  nextRound(): { roots: string[]; ordered: string[]; visible: Set<string> } {
    this.addEmitters();
    const roots = this.universe.filter((f) => this.reported.has(f));
    const visible = new Set(roots);
    for (const f of roots) for (const t of this.graph.importsOf(f)) visible.add(t);
    // Imported files first: the compiler then never follows a long chain of imports by
    // recursion, and the summaries of callees are there before their callers are walked.
    return { roots, ordered: importsFirst(roots, (f) => this.graph.importsOf(f)), visible };
  }

  /** Brings in the callers of the wrappers a round found; whether any file came in. */
  bringInCallers(wrapperFiles: ReadonlyMap<string, Set<string>>): boolean {
    const before = this.reported.size;
    for (const [f, names] of wrapperFiles) this.expand(f, names);
    return this.reported.size !== before;
  }

  /** The files that import one of `files`, directly or through others: those whose imports now resolve otherwise. */
  importersReaching(files: readonly string[]): Set<string> {
    const out = new Set<string>();
    const queue = [...files];
    while (queue.length)
      for (const imp of this.graph.importersOf(queue.pop()!))
        if (!out.has(imp)) {
          out.add(imp);
          queue.push(imp);
        }
    return out;
  }

  /** What stands in the given files only: sources from outside are never reported on. */
  own<R extends { findings: Array<{ location: { file: string } }>; flows: Array<{ location: { file: string } }> }>(
    result: R,
    roots: string[],
  ): R & { roots: string[] } {
    if (!this.outside.length) return { ...result, roots };
    const mine = <T extends { location: { file: string } }>(list: T[]) => list.filter((f) => this.given.has(f.location.file));
    return { ...result, findings: mine(result.findings), flows: mine(result.flows), roots: roots.filter((f) => this.given.has(f)) };
  }

  private readText(f: string): string | undefined {
    if (this.texts.has(f)) return this.texts.get(f);
    const t = this.input.overlay?.get(f) ?? tryReadTextFile(f, { kind: 'source', maxBytes: this.input.maxFileBytes });
    this.texts.set(f, t);
    return t;
  }

  // Callers of a file's wrappers: files importing it (through barrels) that name a wrapper.
  // A caller that passes its own values on is likely a wrapper too: its callers are brought in
  // at once (wrapper-guess.ts), so that a chain of wrapper files costs a round or two, not one
  // round per file.
  private expand(start: string, startNames: Set<string>): void {
    const queue: Array<[string, Set<string>]> = [[start, startNames]];
    while (queue.length) {
      const [f, names] = queue.pop()!;
      const key = `${f}|${[...names].sort().join(',')}`;
      if (this.expanded.has(key)) continue;
      this.expanded.add(key);
      const any = names.has(DEFAULT_EXPORT);
      const words = [...names].filter((n) => n !== DEFAULT_EXPORT).map((n) => n.replace(/[$]/g, '\\$'));
      // One pattern for all the names (a text is scanned once, not once per name) when they are
      // plain identifiers; a name exported as a string keeps a pattern of its own.
      const patterns = [...names].every((n) => n === DEFAULT_EXPORT || /^[\w$]+$/.test(n))
        ? words.length
          ? [new RegExp(`\\b(?:${words.join('|')})\\b`)]
          : []
        : words.map((w) => new RegExp(`\\b${w}\\b`));
      for (const c of this.graph.callersOf(f)) {
        if (!this.inScope.has(c) || !(any || patterns.some((p) => p.test(this.readText(c) ?? '')))) continue;
        this.reported.add(c);
        const guessed = likelyWrapperNames(c, this.readText(c) ?? '', names, this.parseCaller);
        if (guessed.size) queue.push([c, guessed]);
      }
    }
  }

  // Handlers of domain events (`bus.on('user.signedUp', …)`) receive what emit sites put in:
  // the files that emit those events are brought in like callers.
  private addEmitters(): void {
    const names = new Set<string>();
    for (const f of this.reported) {
      if (this.scannedForHandlers.has(f)) continue;
      this.scannedForHandlers.add(f);
      for (const name of listenedEvents(this.readText(f) ?? '')) names.add(name);
    }
    if (names.size === 0) return;
    const emit = new RegExp(`\\.emit\\(\\s*['"\`](?:${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})['"\`]`);
    for (const f of this.universe) if (!this.reported.has(f) && emit.test(this.readText(f) ?? '')) this.reported.add(f);
  }
}

/** The files in an order where each comes after the files it imports (cycles broken anywhere). */
function importsFirst(files: readonly string[], importsOf: (f: string) => readonly string[]): string[] {
  const wanted = new Set(files);
  const done = new Set<string>();
  const out: string[] = [];
  for (const start of files) {
    if (done.has(start)) continue;
    done.add(start);
    // Iterative depth-first walk: a chain of imports may be thousands of files long.
    const stack: Array<{ file: string; next: readonly string[]; i: number }> = [{ file: start, next: importsOf(start), i: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.i < top.next.length) {
        const t = top.next[top.i++]!;
        if (wanted.has(t) && !done.has(t)) {
          done.add(t);
          stack.push({ file: t, next: importsOf(t), i: 0 });
        }
        continue;
      }
      stack.pop();
      out.push(top.file);
    }
  }
  return out;
}
