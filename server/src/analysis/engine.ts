import ts from 'typescript';
import type { DiscloseConfig } from './config/config';
import { findingsOfFile } from './flows/file-findings';
import { compareFindings, type Finding, type Flow } from './flows/finding';
import { buildFlow } from './flows/flow-builder';
import { FlowSummaries } from './flows/flow-summaries';
import { importAliasesOf, nameOfKey, unitsOf } from './flows/function-units';
import { type Carry, newCarry, pendingAfterCarry } from './flows/round-carry';
import { resultSites } from './flows/round-trip';
import { learnSinkFunctions } from './flows/sink-function-learning';
import { wrapperNamesByFile } from './flows/wrapper-names';
import { idOfConfig, type UnitMemo } from './incremental/unit-memo';
import { type FileUnits, type UnitResults, unitResults } from './incremental/unit-results';
import { timed } from './phase-times';
import { OriginTracer } from './sinks/call-origin';
import { CandidateFilter, declaredFunctionNames } from './sinks/candidate-names';
import { SdkCatalog } from './sinks/sdk-catalog';
import { SinkClassifier } from './sinks/sink-classifier';
import { DataEvaluator } from './values/data-evaluator';
import { EmitSites } from './values/event-emitters';
import { Lexicon } from './values/lexicon';
import { registerProgramNames } from './values/program-names';
import { StringEvaluator } from './values/string-evaluator';
import { WriteIndex } from './values/write-index';
import { FocusScope } from './workspace/focus-scope';
import { buildProgram, SourceFileCache } from './workspace/program-builder';
import { ProjectModel } from './workspace/project-model';

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
  /** Set when a safety bound was reached: the analysis stopped there and findings may be missing. */
  limit?: 'learning-rounds' | 'focus-rounds';
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

let builtinCandidates: CandidateFilter | undefined;
function candidateFilter(): CandidateFilter {
  return (builtinCandidates ??= new CandidateFilter(builtinData().catalog));
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/**
 * Safety bounds against pathological input, far beyond real code; reaching one is reported.
 * Learning rounds: one per layer of wrappers whose names were not known yet.
 */
const MAX_LEARNING_ROUNDS = 20_000;
/** Focused analysis: rounds of bringing in the callers of wrappers the last round found. */
const MAX_FOCUS_ROUNDS = 64;

type Run = EngineInput & { project: ProjectModel; maxFileBytes: number };

/** Runs the whole analysis over a set of files: the one entry the CLI, the server and tests share. */
export function analyze(input: EngineInput): EngineResult {
  const run: Run = {
    ...input,
    project: input.project ?? new ProjectModel(input.root),
    maxFileBytes: input.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  };
  return run.focus ? analyzeFocused(run) : analyzeFiles(run, run.files, undefined).report();
}

/** A focused run: rounds over a growing set of files, until no caller of a wrapper is left out. */
function analyzeFocused(input: Run): EngineResult {
  // Later rounds see the earlier rounds' files again: parse each once. A caller the scope looks
  // at for the wrappers it may be is a file of the next round: its tree goes into the same cache.
  const sourceFiles = input.sourceFiles ?? new SourceFileCache();
  const scope = new FocusScope(input, candidateFilter(), sourceFiles);
  const maxRounds = input.limits?.focusRounds ?? MAX_FOCUS_ROUNDS;
  let oldProgram = input.oldProgram;
  // Each file is read from disk once per analysis, not once per round's program.
  const texts = new Map<string, string | undefined>();
  // What the rounds learned goes on to the next: a round walks its new files, not all again.
  const carry = newCarry();
  let seen = new Set<string>();
  for (let round = 0; ; round++) {
    const { roots, ordered, visible } = scope.nextRound();
    // What this program has that the last one lacked: the files importing it may be answered
    // otherwise. The first round has nothing handed on to answer again.
    if (round > 0) carry.changed = scope.importersReaching([...visible].filter((f) => !seen.has(f)));
    seen = visible;
    if (process.env.DISCLOSE_DEBUG) process.stderr.write(`focus round ${round}: ${roots.length} files, ${visible.size} visible\n`);
    const once = timed(`focus round ${round}: ${roots.length} files`, () =>
      analyzeFiles({ ...input, oldProgram, sourceFiles }, ordered, visible, texts, `round ${round}: `, carry),
    );
    oldProgram = once.program;
    if (process.env.DISCLOSE_DEBUG)
      for (const [f, n] of once.wrapperFiles) process.stderr.write(`wrappers in ${f}: ${[...n].join(', ')}\n`);
    const settled = !timed('bring in callers of wrappers', () => scope.bringInCallers(once.wrapperFiles));
    if (!settled && round + 1 < maxRounds) continue;
    // Only the last round's findings are reported: the rounds before it only brought in callers.
    const result = timed('report (last round)', () => once.report());
    if (settled) return scope.own(result, roots);
    const message = `callers of wrappers were brought in over ${maxRounds} rounds and no further: findings at calls of outer wrappers may be missing`;
    return scope.own({ ...result, problems: [...result.problems, { file: input.root, message, limit: 'focus-rounds' }] }, roots);
  }
}

/** A file to analyse with the tools of the configuration that governs it. */
interface FileWork extends FileUnits {
  config: DiscloseConfig;
  data: DataEvaluator;
}

/**
 * One analysis of `files` (in a focused run, `visible` are the files the program may load):
 * the program, the evaluators per configuration, the summaries of every function learned to a
 * fixed point, then the flows each function's sink events stand for, judged by the policy.
 * `phase` names the focus round in the timings (DISCLOSE_TIMINGS), so each round's share shows.
 */
function analyzeFiles(
  input: Run,
  files: string[],
  visible: ReadonlySet<string> | undefined,
  texts?: Map<string, string | undefined>,
  phase = '',
  carry?: Carry,
): { program: ts.Program; wrapperFiles: Map<string, Set<string>>; report: () => EngineResult } {
  const problems: EngineProblem[] = [];
  // Workspace: one program over the files and what they import.
  const program = timed(`  ${phase}program (parse, resolve)`, () =>
    buildProgram({
      root: input.root,
      files,
      overlay: input.overlay,
      maxFileBytes: input.maxFileBytes,
      oldProgram: input.oldProgram,
      visible,
      sourceFiles: input.sourceFiles,
      project: input.project,
      texts,
    }),
  );
  timed(`  ${phase}checker (bind)`, () => program.getTypeChecker());
  const sources = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile);
  // Values and sinks: the evaluators, one set per configuration in force.
  const sinkFunctionNames = carry?.sinkFunctionNames ?? new Set<string>();
  // Summaries an earlier round made and this program must make again (forgotten on rebinding).
  const stale = new Set<ts.Node>();
  const { toolsFor, tracer } = evaluators(
    program,
    visible ? new Set() : importedOnlyNames(sources, files),
    sinkFunctionNames,
    carry && { summaries: carry.summaries, stale, changed: carry.changed },
  );
  // Flows: each file's units, summarised until the names of functions that reach sinks settle.
  const calleeNames = carry?.calleeNames ?? new Set<string>();
  const work: FileWork[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) {
      problems.push({ file, message: 'could not be read' });
      continue;
    }
    const tools = toolsFor(input.configFor(file));
    const context = `${idOfConfig(tools.config)}|${!!input.reportUnresolved}|${!!input.includePermitted}`;
    work.push({ sf, units: unitsOf(sf, calleeNames), context, ...tools });
  }
  // In the compiler's order, which has imported files before their importers: callees are
  // summarised before their callers, so walks stay shallow and names are learned in one round.
  const compilerOrder = new Map(program.getSourceFiles().map((sf, i) => [sf, i]));
  work.sort((a, b) => compilerOrder.get(a.sf)! - compilerOrder.get(b.sf)!);
  // Incremental: the editor reuses per-function results of its last analysis (not in focused runs).
  const results = unitResults(visible ? undefined : input.memo, program, work);
  const failed = carry?.failed ?? new Set<ts.SourceFile>();
  const maxRounds = input.limits?.learningRounds ?? MAX_LEARNING_ROUNDS;
  const importAliases = importAliasesOf(sources);
  // A new file may import a known wrapper under a name of its own (a default export): that name is known too.
  if (carry) {
    const aliases = [...sinkFunctionNames].flatMap((n) => importAliases.get(n) ?? []).filter((a) => !sinkFunctionNames.has(a));
    for (const a of aliases) sinkFunctionNames.add(a);
    if (aliases.length) for (const s of carry.summaries.values()) for (const u of s.learn(aliases)) stale.add(u);
  }
  // After an earlier round: the new files' units, and the summaries the new program must make again.
  const initial = carry?.walked.size ? pendingAfterCarry(work, carry.walked, stale) : undefined;
  if (process.env.DISCLOSE_DEBUG && initial)
    process.stderr.write(
      `carry: ${stale.size} stale, ${[...initial.values()].reduce((n, s) => n + s.size, 0)} units pending in ${initial.size} files\n`,
    );
  const learned = timed(`  ${phase}summaries (learning)`, () =>
    learnSinkFunctions({
      files: work,
      results,
      summaries: new Set(work.map((w) => w.summaries)),
      sinkFunctionNames,
      calleeNames,
      importAliases,
      maxRounds,
      initial,
      checkpoint: input.checkpoint,
      failed,
      onFailure: (sf, e) => problems.push({ file: sf.fileName, message: `analysis failed: ${e.message}` }),
    }),
  );
  if (learned.capped)
    problems.push({
      file: input.root,
      message: `wrappers of wrappers were followed ${maxRounds} layers deep and no further: findings at calls of deeper layers may be missing`,
      limit: 'learning-rounds',
    });
  const analysed = work.filter((w) => !failed.has(w.sf));
  results.endLearning(work);
  const walkedBefore = new Set(carry?.walked);
  if (carry) for (const w of work) carry.walked.add(w.sf);
  // A focused run brings in next the callers of the wrappers found here.
  // After an earlier round, only files walked again or answered otherwise can have other wrappers.
  const touched = new Set<ts.SourceFile>();
  for (const w of work) for (const f of w.summaries.takeWalkedFiles()) touched.add(f);
  const looked =
    carry && walkedBefore.size
      ? analysed.filter((w) => !walkedBefore.has(w.sf) || touched.has(w.sf) || carry.changed.has(w.sf.fileName))
      : analysed;
  const wrapperFiles = visible
    ? timed(`  ${phase}wrappers found`, () => wrapperNamesByFile(looked, tracer, (root) => candidateFilter().isSinkRoot(root)))
    : new Map<string, Set<string>>();
  // Findings: what each unit's sink events carry, to whom, judged by the policy. A focused run
  // asks for them in its last round only.
  const report = (): EngineResult => {
    const { findings, flows } = reportFlows(analysed, results, input, problems);
    results.commit();
    return { findings, flows, problems, program };
  };
  return { program, wrapperFiles, report };
}

/**
 * Outside a focused run, files that are only imported are not summarised up front: their
 * functions are followed on demand, by any declared name.
 */
function importedOnlyNames(sources: readonly ts.SourceFile[], files: readonly string[]): Set<string> {
  const roots = new Set(files);
  return declaredFunctionNames(sources.filter((sf) => !roots.has(sf.fileName)));
}

/** The evaluators of one program, made once per configuration (its lexicon and sanitizers differ). */
function evaluators(
  program: ts.Program,
  importedOnly: ReadonlySet<string>,
  sinkFunctionNames: ReadonlySet<string>,
  carried?: { summaries: Map<DiscloseConfig, FlowSummaries>; stale: Set<ts.Node>; changed: ReadonlySet<string> },
) {
  const checker = program.getTypeChecker();
  registerProgramNames(checker, () => program.getSourceFiles());
  const { lexicon, catalog } = builtinData();
  const writeIndexes = new Map<ts.SourceFile, WriteIndex>();
  const writesOf = (sf: ts.SourceFile) => {
    let w = writeIndexes.get(sf);
    if (!w) writeIndexes.set(sf, (w = new WriteIndex(sf, checker)));
    return w;
  };
  const tracer = new OriginTracer(checker, writesOf, () => program.getSourceFiles());
  const strings = new StringEvaluator(checker, writesOf);
  const candidates = candidateFilter();
  // A function an SDK client built (`export const ingest = tb.buildIngestEndpoint(…)`) is called by its own name.
  let built: ReadonlySet<string> | undefined;
  // Calls of codebase functions are resolved only when a function of that name reaches a sink;
  // the set grows round by round (wrappers of wrappers).
  const callFilter = {
    isCandidateCall: (c: ts.CallExpression) =>
      candidates.isCandidateCall(c) ||
      (ts.isIdentifier(c.expression) && (built ??= candidates.builtCallables(program.getSourceFiles())).has(c.expression.text)),
    mayBeFunction: (n: string | undefined) => n === undefined || sinkFunctionNames.has(n) || importedOnly.has(nameOfKey(n)),
  };
  const emits = new EmitSites(() => program.getSourceFiles());
  let annotated: boolean | undefined;
  const mayHaveAnnotations = () => (annotated ??= program.getSourceFiles().some(hasPersonalAnnotation));
  const groups = new Map<DiscloseConfig, { config: DiscloseConfig; data: DataEvaluator; summaries: FlowSummaries }>();
  const toolsFor = (config: DiscloseConfig) => {
    let g = groups.get(config);
    if (!g) {
      let sinks: SinkClassifier | undefined;
      const resultSite = resultSites({
        config,
        isCandidate: (c) => candidates.isCandidateCall(c),
        classify: (c) => sinks?.classify(c),
        url: (e) => strings.eval(e),
        isVendorHost: (host) => builtinData().catalog.isVendorHost(host),
      });
      const data = new DataEvaluator(checker, writesOf, {
        lexicon: lexicon.withExtra(config.personalData),
        sanitizers: config.sanitizers,
        emits,
        resultSite,
        mayHaveAnnotations,
      });
      sinks = new SinkClassifier(tracer, data, strings, catalog, writesOf);
      let summaries = carried?.summaries.get(config);
      if (summaries)
        for (const u of summaries.rebind(data, strings, sinks, callFilter, (f) => carried!.changed.has(f))) carried!.stale.add(u);
      else {
        summaries = new FlowSummaries(data, strings, sinks, callFilter);
        carried?.summaries.set(config, summaries);
      }
      g = { config, data, summaries };
      groups.set(config, g);
    }
    return g;
  };
  return { toolsFor, tracer };
}

// Per parsed file: the editor analyses again after every edit, and a tree it keeps is unchanged.
const annotatedFiles = new WeakMap<ts.SourceFile, boolean>();
function hasPersonalAnnotation(sf: ts.SourceFile): boolean {
  let yes = annotatedFiles.get(sf);
  if (yes === undefined) annotatedFiles.set(sf, (yes = !sf.isDeclarationFile && sf.text.includes('@personal')));
  return yes;
}

/** Each file's flows, merged, fingerprinted and with its suppressions applied. */
function reportFlows(
  files: readonly FileWork[],
  results: UnitResults,
  input: Run,
  problems: EngineProblem[],
): { findings: Finding[]; flows: Flow[] } {
  const findings: Finding[] = [];
  const flows: Flow[] = [];
  const options = {
    reportUnresolved: input.reportUnresolved,
    includePermitted: input.includePermitted,
    isVendorHost: (host: string) => builtinData().catalog.isVendorHost(host),
    isNonPersonOwner: (word: string) => builtinData().lexicon.isNonPersonOwner(word),
  };
  for (const { sf, units, summaries, config, data } of files) {
    input.checkpoint?.();
    try {
      const raw: Flow[] = [];
      for (const u of units) {
        raw.push(
          ...results.flowsOf(u, () => {
            const hasCallers = results.hasCallers(u);
            return summaries.eventsOf(u).flatMap((e) => buildFlow(e, u, hasCallers, config, data, options) ?? []);
          }),
        );
      }
      const file = findingsOfFile(sf, raw, config, input.root, !!input.includePermitted);
      findings.push(...file.findings);
      flows.push(...file.flows);
    } catch (e) {
      problems.push({ file: sf.fileName, message: `analysis failed: ${(e as Error).message}` });
    }
  }
  findings.sort(compareFindings);
  flows.sort(compareFindings);
  return { findings, flows };
}
