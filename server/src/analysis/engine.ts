import ts from 'typescript';
import { recipientAbove, recipientOfEnclosing, suppressionsOf } from './annotations';
import { OriginTracer } from './call-origin';
import type { DiscloseConfig, Recipient } from './config';
import { DataEvaluator } from './data-evaluator';
import { EmitSites, listenedEvents } from './event-emitters';
import { createHash } from 'node:crypto';
import { tryReadTextFile } from './workspace/safe-fs';
import { tooDeepReason } from './workspace/nesting-depth';
import { CandidateFilter, declaredFunctionNames } from './candidate-names';
import { ImportGraph } from './import-graph';
import * as path from 'node:path';
import { compareFindings, type CodeLocation, type Finding, type Flow } from './finding';
import { findingMessage } from './finding-messages';
import { FlowSummaries, type SinkEvent } from './flow-summaries';
import { Lexicon } from './lexicon';
import { categoryById, evaluatePolicy } from './policy-pack';
import { buildProgram, parseForProgram, scriptKindOf, SourceFileCache } from './program-builder';
import { importedFromOutside } from './outside-files';
import { ProjectModel } from './project-model';
import { resolveSdkEndpoint, resolveUrlEndpoint, type Resolution } from './recipient-resolver';
import { hostOfResolution, resultSites, withoutRoundTrip } from './round-trip';
import { ruleInfo, severityRank, type RuleId } from './rule-registry';
import { SdkCatalog } from './sdk-catalog';
import { SinkClassifier } from './sink-classifier';
import { StringEvaluator } from './string-evaluator';
import { containerName, forEachChild, isFunctionLikeWithBody, nodeRange, rightmostName, shortText, type FunctionLike } from './ts-helpers';

const CALL = ts.SyntaxKind.CallExpression;
import { collapse, dedupeItems, type DataItem, type Value } from './values';
import { idOfConfig, MemoRun, unitId, type Unit, type UnitMemo } from './unit-memo';
import { WriteIndex } from './write-index';
import { phaseTimes, timed } from './phase-times';
import { DEFAULT_EXPORT, likelyWrapperNames, type ParseFile } from './wrapper-guess';

export interface EngineInput {
  /** Folder that relative paths in reports are relative to. */
  root: string;
  /** Absolute paths of the files to report on. */
  files: string[];
  configFor(file: string): DiscloseConfig;
  reportUnresolved?: boolean;
  overlay?: ReadonlyMap<string, string>;
  maxFileBytes?: number;
  oldProgram?: ts.Program;
  /** Parsed files kept from the previous analysis (the server keeps one per folder). */
  sourceFiles?: SourceFileCache;
  /** Per-function results kept from the previous analysis: reused while their inputs are unchanged. */
  memo?: UnitMemo;
  /** Called between files; throwing from it (cancellation) stops the analysis. */
  checkpoint?: () => void;
  /** Also return every flow the policy permits, and suppressed ones (the data-sharing report). */
  includePermitted?: boolean;
  /**
   * Analyse only what can matter: files that mention a sink, the files that call into them
   * (repeatedly, while wrappers are found) and what those import. For whole-workspace runs.
   */
  focus?: boolean;
  /**
   * With focus: start from these files instead of every file that mentions a sink. One part of
   * a workspace split by import-connected components (the CLI's worker threads).
   */
  startFrom?: readonly string[];
  /** How the workspace's build resolves imports; made from `root` when not given (once per analysis). */
  project?: ProjectModel;
  /** Safety bounds against pathological input (the defaults are far beyond real code); reaching one is reported as a problem. */
  limits?: { learningRounds?: number; focusRounds?: number };
}

export interface EngineProblem {
  file: string;
  message: string;
}

export interface EngineResult {
  findings: Finding[];
  /** With includePermitted: every flow to an external recipient, findings included. */
  flows: Flow[];
  problems: EngineProblem[];
  program: ts.Program;
  /** With focus: the files analysed in the last round (reported on, with their callers). */
  roots?: string[];
}

let builtinLexicon: Lexicon | undefined;
let builtinCatalog: SdkCatalog | undefined;
export function builtinData(): { lexicon: Lexicon; catalog: SdkCatalog } {
  builtinLexicon ??= Lexicon.builtin();
  builtinCatalog ??= SdkCatalog.builtin();
  return { lexicon: builtinLexicon, catalog: builtinCatalog };
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

interface GroupTools {
  config: DiscloseConfig;
  data: DataEvaluator;
  summaries: FlowSummaries;
}

/** Runs the whole analysis over a set of files: the one entry the CLI, the server and tests share. */
export function analyze(input: EngineInput): EngineResult {
  if (!input.project) input = { ...input, project: new ProjectModel(input.root) };
  if (!input.focus) return analyzeOnce(input, input.files, undefined).report();
  const maxBytes = input.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const texts = new Map<string, string | undefined>();
  const readText = (f: string): string | undefined => {
    if (texts.has(f)) return texts.get(f);
    let t = input.overlay?.get(f);
    if (t === undefined) {
      t = tryReadTextFile(f, { kind: 'source', maxBytes });
    }
    texts.set(f, t);
    return t;
  };
  const { catalog } = builtinData();
  const filter = (candidateFilterCache ??= new CandidateFilter(catalog));
  let universe: string[] = input.files;
  const graph = new ImportGraph(input.root, readText, () => universe, input.project);
  // Sources the given files import from outside them (a workspace package next to the scanned
  // one): analysed for their wrappers, never reported on.
  const given = new Set(input.files);
  const outside = timed('import graph (every file)', () => importedFromOutside(input.root, input.files, given, graph));
  if (outside.length) universe = [...input.files, ...outside];
  const inScope = new Set(universe);
  const reported = new Set(input.startFrom ?? input.files.filter((f) => filter.mayContainSink(readText(f) ?? '')));
  for (const f of outside) if (filter.mayContainSink(readText(f) ?? '')) reported.add(f);
  const expanded = new Set<string>();
  // Later rounds see the earlier rounds' files again: parse each once. A caller looked at for
  // the wrappers it may be is a file of the next round: its tree goes into the same cache.
  const sourceFiles = input.sourceFiles ?? new SourceFileCache();
  const parseCaller: ParseFile = (f, t) => {
    if (tooDeepReason(t, f)) return undefined;
    try {
      return sourceFiles.get(f, t, () => parseForProgram(f, t));
    } catch (e) {
      if (e instanceof RangeError) return undefined;
      throw e;
    }
  };
  // Callers of a file's wrappers: files importing it (through barrels) that name a wrapper.
  // A caller that passes its own values on is likely a wrapper too: its callers are brought in
  // at once (wrapper-guess.ts), so that a chain of wrapper files costs a round or two, not one
  // round per file.
  const expand = (start: string, startNames: Set<string>) => {
    const queue: Array<[string, Set<string>]> = [[start, startNames]];
    while (queue.length) {
      const [f, names] = queue.pop()!;
      const key = `${f}|${[...names].sort().join(',')}`;
      if (expanded.has(key)) continue;
      expanded.add(key);
      const any = names.has(DEFAULT_EXPORT);
      const words = [...names].filter((n) => n !== DEFAULT_EXPORT).map((n) => new RegExp(`\\b${n.replace(/[$]/g, '\\$')}\\b`));
      for (const c of graph.callersOf(f)) {
        if (!inScope.has(c) || !(any || words.some((w) => w.test(readText(c) ?? '')))) continue;
        reported.add(c);
        const guessed = likelyWrapperNames(c, readText(c) ?? '', names, parseCaller);
        if (guessed.size) queue.push([c, guessed]);
      }
    }
  };
  // Handlers of domain events (`bus.on('user.signedUp', …)`) receive what emit sites put in:
  // the files that emit those events are brought in like callers.
  const scannedForHandlers = new Set<string>();
  const addEmitters = () => {
    const names = new Set<string>();
    for (const f of reported) {
      if (scannedForHandlers.has(f)) continue;
      scannedForHandlers.add(f);
      for (const name of listenedEvents(readText(f) ?? '')) names.add(name);
    }
    if (names.size === 0) return;
    const emit = new RegExp(`\\.emit\\(\\s*['"\`](?:${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})['"\`]`);
    for (const f of universe) if (!reported.has(f) && emit.test(readText(f) ?? '')) reported.add(f);
  };
  let oldProgram = input.oldProgram;
  const programTexts = new Map<string, string | undefined>();
  for (let round = 0; ; round++) {
    addEmitters();
    const roots = universe.filter((f) => reported.has(f));
    const visible = new Set(roots);
    for (const f of roots) for (const t of graph.importsOf(f)) visible.add(t);
    if (process.env.DISCLOSE_DEBUG) process.stderr.write(`focus round ${round}: ${roots.length} files, ${visible.size} visible\n`);
    // Imported files first: the compiler then never follows a long chain of imports by
    // recursion, and the summaries of callees are there before their callers are walked.
    const once = timed(`focus round ${round}: ${roots.length} files`, () => analyzeOnce({ ...input, oldProgram, sourceFiles }, importsFirst(roots, (f) => graph.importsOf(f)), visible, programTexts));
    oldProgram = once.program;
    // Wrappers found in files whose callers were not yet looked at: bring the callers in.
    const before = reported.size;
    timed('bring in callers of wrappers', () => {
      for (const [f, names] of once.wrapperFiles) expand(f, names);
    });
    const settled = reported.size === before;
    const maxRounds = input.limits?.focusRounds ?? MAX_FOCUS_ROUNDS;
    if (settled || round + 1 >= maxRounds) {
      const capped = settled ? [] : [{ file: input.root, message: `callers of wrappers were brought in over ${maxRounds} rounds and no further: findings at calls of outer wrappers may be missing` }];
      // Only the last round's findings are reported: the rounds before it only brought in callers.
      const last = timed('report (last round)', () => once.report());
      const result = { ...last, problems: [...last.problems, ...capped] };
      if (!outside.length) return { ...result, roots };
      const mine = <T extends { location: { file: string } }>(list: T[]) => list.filter((f) => given.has(f.location.file));
      return { ...result, findings: mine(result.findings), flows: mine(result.flows), roots: roots.filter((f) => given.has(f)) };
    }
  }
}

let candidateFilterCache: CandidateFilter | undefined;

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

/**
 * Safety bounds against pathological input, far beyond real code; reaching one is reported.
 * Learning rounds: one per layer of wrappers whose names were not known yet.
 */
const MAX_LEARNING_ROUNDS = 20_000;
/** Focused analysis: rounds of bringing in the callers of wrappers the last round found. */
const MAX_FOCUS_ROUNDS = 64;


/** Exported values of a file, by the name importers use (`*default*` for the default export). */
function exportedValues(sf: ts.SourceFile): Array<[string, ts.Expression | ts.FunctionDeclaration]> {
  const out: Array<[string, ts.Expression | ts.FunctionDeclaration]> = [];
  const locals = new Map<string, ts.Expression>();
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) {
      const exported = ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        locals.set(d.name.text, d.initializer);
        if (exported) out.push([d.name.text, d.initializer]);
      }
    } else if (ts.isFunctionDeclaration(st) && st.name && st.body && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) out.push([st.name.text, st]);
    else if (ts.isExportAssignment(st)) out.push([DEFAULT_EXPORT, st.expression]);
    else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const e of st.exportClause.elements) {
        const init = locals.get((e.propertyName ?? e.name).text);
        if (init) out.push([e.name.text === 'default' ? DEFAULT_EXPORT : e.name.text, init]);
      }
    } else if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      // module.exports = client; exports.client = client
      const left = st.expression.left.getText(sf);
      if (left === 'module.exports') out.push([DEFAULT_EXPORT, st.expression.right]);
      else if (/^(module\.)?exports\.\w+$/.test(left)) out.push([left.split('.').pop()!, st.expression.right]);
    }
  }
  return out;
}

function safeTrace(tracer: OriginTracer, e: ts.Expression | ts.FunctionDeclaration) {
  try {
    return tracer.exportedClient(e);
  } catch {
    return undefined;
  }
}

function analyzeOnce(input: EngineInput, files: string[], visible: ReadonlySet<string> | undefined, texts?: Map<string, string | undefined>): { program: ts.Program; wrapperFiles: Map<string, Set<string>>; report: () => EngineResult } {
  const program = timed('  program (parse, resolve)', () => buildProgram({ root: input.root, files, overlay: input.overlay, maxFileBytes: input.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, oldProgram: input.oldProgram, visible, sourceFiles: input.sourceFiles, project: input.project, texts }));
  const checker = timed('  checker (bind)', () => program.getTypeChecker());
  const { lexicon, catalog } = builtinData();
  const writeIndexes = new Map<ts.SourceFile, WriteIndex>();
  const writesOf = (sf: ts.SourceFile) => {
    let w = writeIndexes.get(sf);
    if (!w) writeIndexes.set(sf, (w = new WriteIndex(sf, checker)));
    return w;
  };
  const tracer = new OriginTracer(checker, writesOf, () => program.getSourceFiles());
  const strings = new StringEvaluator(checker, writesOf);
  const candidates = (candidateFilterCache ??= new CandidateFilter(catalog));
  // Calls of codebase functions are resolved only when a function of that name reaches a sink;
  // the set grows round by round below (wrappers of wrappers).
  const sinkFunctionNames = new Set<string>();
  const importAliases = importAliasesOf(program.getSourceFiles().filter((sf) => !sf.isDeclarationFile));
  // Outside a focused run, files that are only imported are not summarised up front: their
  // functions are followed on demand, by any declared name.
  const rootSet = new Set(files);
  const importedOnly = visible ? new Set<string>() : declaredFunctionNames(program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !rootSet.has(sf.fileName)));
  const callFilter = { isCandidateCall: (c: ts.CallExpression) => candidates.isCandidateCall(c), mayBeFunction: (n: string | undefined) => n === undefined || sinkFunctionNames.has(n) || importedOnly.has(n) };
  const emits = new EmitSites(() => program.getSourceFiles());
  const groups = new Map<DiscloseConfig, GroupTools>();
  const toolsFor = (config: DiscloseConfig): GroupTools => {
    let g = groups.get(config);
    if (!g) {
      let sinks: SinkClassifier | undefined;
      const resultSite = resultSites({ config, isCandidate: (c) => candidates.isCandidateCall(c), classify: (c) => sinks?.classify(c), url: (e) => strings.eval(e) });
      const data = new DataEvaluator(checker, writesOf, { lexicon: lexicon.withExtra(config.personalData), sanitizers: config.sanitizers, emits, resultSite });
      sinks = new SinkClassifier(tracer, data, strings, catalog, writesOf);
      g = { config, data, summaries: new FlowSummaries(data, strings, sinks, callFilter) };
      groups.set(config, g);
    }
    return g;
  };

  const problems: EngineProblem[] = [];
  const calleeNames = new Set<string>();
  const perFile: Array<{ sf: ts.SourceFile; tools: GroupTools; units: Array<FunctionLike | ts.SourceFile> }> = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) {
      problems.push({ file, message: 'could not be read' });
      continue;
    }
    perFile.push({ sf, tools: toolsFor(input.configFor(file)), units: unitsOf(sf, calleeNames) });
  }
  // In the compiler's order, which has imported files before their importers: callees are
  // summarised before their callers, so walks stay shallow and names are learned in one round.
  const compilerOrder = new Map(program.getSourceFiles().map((sf, i) => [sf, i]));
  perFile.sort((a, b) => compilerOrder.get(a.sf)! - compilerOrder.get(b.sf)!);

  const pass1Start = phaseTimes ? performance.now() : 0;
  // Pass 1: summaries of every unit, which also tells which functions have callers. When new
  // functions that reach sinks are found, calls of them are followed too: the summaries that
  // passed over such a call (and those built on them) are made again, nothing else, so a chain
  // of wrappers costs one more walk of each of its functions, however deep it is.
  const failed = new Set<ts.SourceFile>();
  // The editor's incremental mode: per-function results of the last analysis, by key.
  const memo = input.memo && !visible
    ? new MemoRun(input.memo, program, perFile.map((p) => ({ sf: p.sf, units: p.units, context: `${idOfConfig(p.tools.config)}|${!!input.reportUnresolved}|${!!input.includePermitted}` })))
    : undefined;
  const rootUnits = new Set<ts.Node>(perFile.flatMap((p) => p.units));
  const roundKeys = new Map<Unit, string>();
  const calledIds = new Set<string>();
  // The units to walk (again) this round, by file; undefined: all of them.
  let pending: Map<ts.SourceFile, Set<Unit>> | undefined;
  const maxLearningRounds = input.limits?.learningRounds ?? MAX_LEARNING_ROUNDS;
  for (let round = 0; ; round++) {
    if (round >= maxLearningRounds) {
      problems.push({ file: input.root, message: `wrappers of wrappers were followed ${maxLearningRounds} layers deep and no further: findings at calls of deeper layers may be missing` });
      break;
    }
    const known = new Set(sinkFunctionNames);
    const namesKey = memo ? [...sinkFunctionNames].sort().join(',') : '';
    if (memo) calledIds.clear();
    for (const { sf, tools, units } of perFile) {
      if (failed.has(sf)) continue;
      const only = pending?.get(sf);
      if (pending && !only) continue;
      input.checkpoint?.();
      try {
        // A failpoint for the tests of crash containment: never set in use.
        if (process.env.DISCLOSE_FAILPOINT && sf.text.includes(process.env.DISCLOSE_FAILPOINT)) throw new Error('failpoint reached');
        for (const u of units) {
          if (only && !only.has(u)) continue;
          let hasEvents: boolean;
          if (memo) {
            const key = memo.roundKey(u, namesKey);
            roundKeys.set(u, key);
            const hit = memo.pass1(u, key);
            if (hit) for (const id of hit.called ?? []) calledIds.add(id);
            hasEvents = hit ? hit.hasEvents : tools.summaries.eventsOf(u).length > 0;
          } else hasEvents = tools.summaries.eventsOf(u).length > 0;
          if (!hasEvents || ts.isSourceFile(u)) continue;
          const names = unitNames(u);
          if (isDefaultExport(u)) names.push('default');
          for (const n of names) {
            sinkFunctionNames.add(n);
            for (const alias of importAliases.get(n) ?? []) sinkFunctionNames.add(alias);
          }
        }
      } catch (e) {
        failed.add(sf);
        problems.push({ file: sf.fileName, message: `analysis failed: ${(e as Error).message}` });
      }
    }
    if (memo) {
      // What the functions walked this round called, kept for their reuse next time.
      for (const { sf, tools, units } of perFile) {
        if (failed.has(sf)) continue;
        for (const u of units) {
          if (!tools.summaries.edges.has(u)) continue;
          const ids = calledFrom(u, tools.summaries, rootUnits);
          for (const id of ids) calledIds.add(id);
          memo.recordPass1(u, roundKeys.get(u)!, { hasEvents: tools.summaries.eventsOf(u).length > 0, called: ids });
        }
      }
    }
    // Another round only when a newly learned name is actually called here.
    const fresh = [...sinkFunctionNames].filter((n) => !known.has(n) && calleeNames.has(n));
    if (fresh.length === 0) break;
    const forgotten = new Set<ts.Node>();
    for (const g of groups.values()) for (const c of g.summaries.learn(fresh)) forgotten.add(c);
    // The editor's mode keys every unit's results by the names known in its round: it walks
    // them all each round, as a fresh analysis would (cached summaries cost nothing).
    if (memo) continue;
    pending = new Map();
    for (const { sf, units } of perFile) {
      const again = units.filter((u) => forgotten.has(u));
      if (again.length) pending.set(sf, new Set(again));
    }
    if (pending.size === 0) break;
  }
  const called = new Set<ts.Node>();
  for (const g of groups.values()) for (const f of g.summaries.called) called.add(f);
  const hasCallers = memo ? (u: ts.Node) => calledIds.has(unitId(u)) : (u: ts.Node) => called.has(u);
  // Functions whose parameters reach a sink, by file, with the names callers know them by.
  const wrapperFiles = new Map<string, Set<string>>();
  for (const { sf, tools, units } of perFile) {
    // Only a focused run brings in the callers of wrappers.
    if (failed.has(sf) || !visible) continue;
    for (const u of units) {
      if (ts.isSourceFile(u)) continue;
      if (!tools.summaries.eventsOf(u).some((e) => collapse(e.data).refs.some((r) => r.fn === u) || e.endpoint.parts.some((p) => p.kind === 'ref'))) continue;
      const names = wrapperFiles.get(sf.fileName) ?? new Set<string>();
      // Callers are found by these names in their text: identifiers only.
      for (const n of unitNames(u)) if (/^[A-Za-z_$][\w$]*$/.test(n)) names.add(n);
      if (names.size) wrapperFiles.set(sf.fileName, names);
    }
    // Clients made here and used elsewhere: `export const logger = pino(…)`, `export default api`.
    for (const [name, init] of exportedValues(sf)) {
      const origin = safeTrace(tracer, init);
      if (!origin || !candidates.isSinkRoot(origin.root)) continue;
      const names = wrapperFiles.get(sf.fileName) ?? new Set<string>();
      names.add(name);
      wrapperFiles.set(sf.fileName, names);
    }
  }

  phaseTimes?.add('  summaries, wrappers (pass 1)', performance.now() - pass1Start);

  // Pass 2: report, at each unit, the data its events carry.
  const report = (): EngineResult => {
    const findings: Finding[] = [];
    const flows: Flow[] = [];
    for (const { sf, tools, units } of perFile) {
      if (failed.has(sf)) continue;
      input.checkpoint?.();
      try {
        const raw: Flow[] = [];
        for (const u of units) {
          const key = memo ? `${roundKeys.get(u)}|${hasCallers(u)}` : '';
          const reused = memo?.pass2(u, key);
          if (reused) {
            raw.push(...reused);
            continue;
          }
          const own: Flow[] = [];
          for (const e of tools.summaries.eventsOf(u)) {
            const f = buildFlow(e, u, hasCallers(u), tools, input);
            if (f) own.push(f);
          }
          memo?.recordPass2(u, key, own);
          raw.push(...own);
        }
        const merged = assignFingerprints(mergeFlows(raw), input.root);
        const { kept, suppressed, noReason } = applySuppressions(sf, merged, tools.config);
        for (const f of kept) if (isFinding(f)) findings.push(f);
        findings.push(...assignFingerprints(noReason, input.root));
        if (input.includePermitted) flows.push(...kept, ...suppressed.map((f) => ({ ...f, suppressed: true })));
      } catch (e) {
        problems.push({ file: sf.fileName, message: `analysis failed: ${(e as Error).message}` });
      }
    }
    findings.sort(compareFindings);
    flows.sort(compareFindings);
    memo?.commit();
    return { findings, flows, problems, program };
  };
  return { program, wrapperFiles, report };
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
      if (!rootUnits.has(fn) && !seen.has(fn)) seen.add(fn), queue.push(fn);
    }
    for (const w of e.walks) if (!seen.has(w)) seen.add(w), queue.push(w);
  }
  return [...out];
}

/** Functions and the file's top level; inline callbacks belong to the function they are written in. */
// Per top-level statement: the incremental parser hands back the very same node for a
// statement an edit did not touch, so the editor walks only the statements that changed.
const statementUnits = new WeakMap<ts.Node, { units: FunctionLike[]; callees: string[] }>();

function unitsOf(sf: ts.SourceFile, calleeNames: Set<string>): Array<FunctionLike | ts.SourceFile> {
  const units: Array<FunctionLike | ts.SourceFile> = [sf];
  for (const st of sf.statements) {
    let found = statementUnits.get(st);
    if (!found) {
      const own: { units: FunctionLike[]; callees: Set<string> } = { units: [], callees: new Set() };
      // One walk for both: the names of everything called here, too.
      const visit = (n: ts.Node): void => {
        if (n.kind === CALL) {
          const name = rightmostName((n as ts.CallExpression).expression);
          if (name) own.callees.add(name);
        } else if (isFunctionLikeWithBody(n) && !isInlineCallback(n)) own.units.push(n);
        forEachChild(n, visit);
      };
      visit(st);
      statementUnits.set(st, (found = { units: own.units, callees: [...own.callees] }));
    }
    units.push(...found.units);
    for (const c of found.callees) calleeNames.add(c);
  }
  return units;
}

/** The names callers use for a function: its own, its method's, its variable's, its class's. */
function unitNames(u: ts.Node): string[] {
  const out: string[] = [];
  for (let n: ts.Node | undefined = u; n && !ts.isSourceFile(n); n = n.parent) {
    const named = (n as ts.Node & { name?: ts.Node }).name;
    // `#send` too: a class's private methods are called by that name (`this.#send(…)`).
    if (named && (ts.isIdentifier(named) || ts.isStringLiteral(named) || ts.isPrivateIdentifier(named))) out.push(named.text);
  }
  return out;
}

function isDefaultExport(u: ts.Node): boolean {
  let n: ts.Node = u;
  while (n.parent && !ts.isSourceFile(n.parent)) n = n.parent;
  if (ts.isExportAssignment(n)) return true;
  const mods = ts.canHaveModifiers(n) ? ts.getModifiers(n) : undefined;
  return !!mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) || /\bmodule\.exports\s*=/.test(n.getText());
}

/**
 * The other names functions are called by: `import x from` and `require` (of a default export),
 * `import { a as b }`, `export { default as c } from`. Keyed by the original name.
 */
function importAliasesOf(files: readonly ts.SourceFile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (original: string, local: string) => {
    const list = out.get(original) ?? [];
    if (!list.includes(local)) list.push(local);
    out.set(original, list);
  };
  for (const sf of files)
    for (const st of sf.statements) {
      if (ts.isImportDeclaration(st) && st.importClause) {
        if (st.importClause.name) add('default', st.importClause.name.text);
        const b = st.importClause.namedBindings;
        if (b && ts.isNamedImports(b)) for (const e of b.elements) if (e.propertyName) add(e.propertyName.text, e.name.text);
      } else if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const e of st.exportClause.elements) if (e.propertyName) add(e.propertyName.text, e.name.text);
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.initializer && /^require\(/.test(d.initializer.getText(sf))) add('default', d.name.text);
      }
    }
  // A default export re-exported under a name is imported by that name too.
  for (const [original, locals] of [...out]) if (original === 'default') for (const l of locals) for (const again of out.get(l) ?? []) add('default', again);
  return out;
}

function isInlineCallback(fn: ts.Node): boolean {
  let p = fn.parent;
  while (p && (ts.isParenthesizedExpression(p) || ts.isAsExpression(p))) p = p.parent;
  return !!p && (ts.isCallExpression(p) || ts.isNewExpression(p)) && (p.arguments ?? []).some((a) => skipParens(a) === fn);
}

function skipParens(e: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return e;
}

function location(node: ts.Node, text?: string): CodeLocation {
  const sf = node.getSourceFile();
  return { file: sf.fileName, ...nodeRange(node, sf), text: text ?? shortText(node) };
}

function reportedItems(e: SinkEvent, unit: ts.Node, hasCallers: boolean, data: DataEvaluator): DataItem[] {
  let v: Value = e.data;
  // Own parameters: callers report what they pass. Everything else unknown: what its names say.
  v = { ...v, refs: v.refs.filter((r) => !(hasCallers && r.fn === unit)) };
  if (hasCallers) v = dropFieldRefs(v, unit);
  return dedupeItems(data.sentItems(data.concretize(v)));
}

function dropFieldRefs(v: Value, fn: ts.Node): Value {
  if (!v.fields) return v;
  const fields = new Map<string, Value>();
  for (const [k, f] of v.fields) fields.set(k, dropFieldRefs({ ...f, refs: f.refs.filter((r) => r.fn !== fn) }, fn));
  return { ...v, fields };
}

function annotatedRecipient(e: SinkEvent): string | undefined {
  for (const c of e.chain) {
    const above = recipientAbove(c);
    if (above) return above;
  }
  for (let i = e.chain.length - 1; i >= 0; i--) {
    const enclosing = recipientOfEnclosing(e.chain[i]!);
    if (enclosing) return enclosing;
  }
  return undefined;
}

function isFinding(f: Flow): f is Flow & Finding {
  return f.ruleId !== null && !f.suppressed;
}

function buildFlow(e: SinkEvent, unit: ts.Node, hasCallers: boolean, tools: GroupTools, input: EngineInput): Flow | undefined {
  let items = reportedItems(e, unit, hasCallers, tools.data);
  if (items.length === 0) return undefined;
  const config = tools.config;
  const annotatedId = annotatedRecipient(e);
  const annotated = annotatedId ? config.recipients.find((r) => r.id === annotatedId) : undefined;
  const resolution: Resolution = e.sink.sdk
    ? resolveSdkEndpoint(config, e.sink.sdk.entry, e.sink.sdk.module, annotated)
    : resolveUrlEndpoint(config, e.endpoint, annotated, (host) => builtinData().catalog.isVendorHost(host));
  if (resolution.kind === 'internal') return undefined;
  if (resolution.kind === 'unresolved' && !input.reportUnresolved && !annotatedId) return undefined;
  items = withoutRoundTrip(items, hostOfResolution(resolution));
  if (items.length === 0) return undefined;

  const categories = [...new Set(items.map((i) => i.category))].sort();
  const labelOf = (c: string) => items.find((i) => i.category === c)?.label ?? c;
  const recipient: Recipient | null = resolution.kind === 'recipient' ? resolution.recipient : null;
  let rule: RuleId | null;
  let verdict = evaluatePolicy(config.policy, recipient, categories);
  if (resolution.kind === 'unresolved' && !annotatedId) {
    rule = 'unresolved-endpoint';
    verdict = { ...verdict, clause: null, rule: null };
  } else rule = verdict.rule;
  if (!rule && !input.includePermitted) return undefined;

  const host = resolution.kind === 'undeclared' ? resolution.host : resolution.kind === 'recipient' ? resolution.host : null;
  const endpoint = resolution.endpoint;
  const rc = recipient ? categoryById(config.policy, recipient.category) : undefined;
  const target = recipient ? recipient.name ?? recipient.id : resolution.kind === 'undeclared' ? (e.sink.sdk ? e.sink.sdk.entry.vendor : resolution.host) : endpoint;
  const message = !rule
    ? `Sends ${categories.map(labelOf).join(', ')} to ${target} — permitted by the clause "${verdict.clause?.title.en}"`
    : findingMessage({
    rule,
    dataLabels: categories.map(labelOf),
    notPermittedLabels: verdict.notPermitted.map(labelOf),
    target,
    recipientCategoryLabel: rc?.label.en ?? null,
    clauseTitle: verdict.clause?.title.en ?? null,
    missing: verdict.missing.map((m) => m.label.en),
    policy: config.policy,
    unknownAnnotation: annotatedId && !annotated ? annotatedId : undefined,
  });
  return {
      ruleId: rule,
      severity: rule ? ruleInfo(rule).severity : null,
      suppressed: false,
      fingerprint: '',
      message,
      location: location(e.site),
      dataCategories: categories,
      data: items,
      recipient: recipient?.id ?? null,
      recipientName: recipient?.name ?? null,
      recipientCategory: recipient?.category ?? null,
      recipientLocation: recipient?.location,
      endpoint,
      host,
      clause: verdict.clause?.id ?? null,
      clauseTitle: verdict.clause?.title.en ?? null,
      clauseHref: verdict.clause?.href ?? null,
      policy: config.policy.id,
      conditionsMet: verdict.met.map((m) => m.field),
      conditionsMissing: verdict.missing.map((m) => m.field),
      notPermitted: verdict.notPermitted,
      sink: { kind: e.sink.kind, label: e.sink.label, vendor: e.sink.sdk?.entry.vendor ?? null, module: e.sink.sdk?.module ?? e.sink.sdk?.entry.packages[0] ?? null, location: location(e.sink.call) },
      chain: e.chain.map((c) => location(c)),
      configFile: config.file ?? null,
      annotatedRecipient: annotatedId ?? null,
      container: containerName(e.site),
    } as Flow & { container: string };
}

/** `supportRouter.post callback`, `InvoiceMailer.sendInvoice`: where a call stands, by name. */

/**
 * Fingerprints that survive unrelated edits: what is called, where (by name, not line), to
 * whom and under which rule; a counter tells apart identical calls in one function.
 */
function assignFingerprints<T extends Flow | Finding>(flows: T[], root: string): T[] {
  const seen = new Map<string, number>();
  const rels = new Map<string, string>();
  return flows.map((f) => {
    let rel = rels.get(f.location.file);
    if (rel === undefined) rels.set(f.location.file, (rel = path.relative(root, f.location.file).split(path.sep).join('/')));
    const container = (f as T & { container?: string }).container ?? '';
    const call = f.location.text.replace(/\s+/g, ' ').slice(0, 200);
    const key = [f.ruleId ?? 'permitted', rel, container, call, f.recipient ?? f.host ?? f.endpoint ?? ''].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const fingerprint = fingerprintOf(`${key}\u0000${n}`);
    return { ...f, fingerprint };
  });
}

// The editor fingerprints the same findings edit after edit: hash each key once.
const fingerprints = new Map<string, string>();
function fingerprintOf(key: string): string {
  let f = fingerprints.get(key);
  if (f === undefined) {
    if (fingerprints.size > 100_000) fingerprints.clear();
    fingerprints.set(key, (f = createHash('sha256').update(key).digest('hex').slice(0, 32)));
  }
  return f;
}

/** One finding per sink call and recipient: the most severe rule, with all the data. */
function mergeFlows(raw: Flow[]): Flow[] {
  const byKey = new Map<string, Flow[]>();
  for (const f of raw) {
    const key = `${f.location.line}:${f.location.column}:${f.location.endLine}:${f.location.endColumn}|${f.recipient ?? f.host ?? f.endpoint}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const rank = (f: Flow) => (f.severity ? severityRank(f.severity) : 0);
  const out: Flow[] = [];
  for (const list of byKey.values()) {
    if (list.length === 1) {
      out.push(list[0]!);
      continue;
    }
    list.sort((a, b) => rank(b) - rank(a) || b.dataCategories.length - a.dataCategories.length);
    const best = list[0]!;
    const data = dedupeItems(list.flatMap((f) => f.data));
    out.push({ ...best, data, dataCategories: [...new Set(list.flatMap((f) => f.dataCategories))].sort(), notPermitted: [...new Set(list.flatMap((f) => f.notPermitted))] });
  }
  return out;
}

function applySuppressions(sf: ts.SourceFile, flows: Flow[], config: DiscloseConfig): { kept: Flow[]; suppressed: Flow[]; noReason: Finding[] } {
  const sups = suppressionsOf(sf);
  if (sups.length === 0) return { kept: flows, suppressed: [], noReason: [] };
  const withReason = new Set(sups.filter((s) => s.reason).map((s) => s.line + 1));
  const kept = flows.filter((f) => !withReason.has(f.location.line));
  const suppressed = flows.filter((f) => withReason.has(f.location.line));
  const noReason: Finding[] = [];
  for (const s of sups) {
    if (s.reason) continue;
    const rule: RuleId = 'suppression-without-reason';
    const at = { file: sf.fileName, line: s.line, column: s.column, endLine: s.line, endColumn: s.endColumn };
    noReason.push({
      ruleId: rule,
      severity: ruleInfo(rule).severity,
      fingerprint: '',
      message: findingMessage({ rule, dataLabels: [], notPermittedLabels: [], target: '', recipientCategoryLabel: null, clauseTitle: null, missing: [], policy: config.policy }),
      location: { ...at, text: 'disclose-ignore-next-line' },
      dataCategories: [],
      data: [],
      recipient: null,
      recipientName: null,
      recipientCategory: null,
      endpoint: null,
      host: null,
      clause: null,
      clauseTitle: null,
      clauseHref: null,
      policy: config.policy.id,
      conditionsMet: [],
      conditionsMissing: [],
      notPermitted: [],
      sink: { kind: 'comment', label: 'disclose-ignore-next-line', vendor: null, module: null, location: { ...at, text: '' } },
      chain: [],
      configFile: config.file ?? null,
    });
  }
  return { kept, suppressed, noReason };
}
