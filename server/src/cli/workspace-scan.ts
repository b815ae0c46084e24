import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, type DiscloseConfig } from '../analysis/config/config';
import { ConfigResolver } from '../analysis/config/config-resolver';
import { analyze, builtinData, DEFAULT_MAX_FILE_BYTES, type EngineResult } from '../analysis/engine';
import { phaseTimes, timed } from '../analysis/phase-times';
import { PolicyPackError } from '../analysis/policy/policy-pack';
import { CandidateFilter } from '../analysis/sinks/candidate-names';
import { ImportGraph } from '../analysis/workspace/import-graph';
import { callersFromEnclosingWorkspace, importedFromOutside } from '../analysis/workspace/outside-files';
import { ProjectModel } from '../analysis/workspace/project-model';
import { tryReadTextFile } from '../analysis/workspace/safe-fs';
import { discoverFiles, type SkippedFile } from '../analysis/workspace/workspace-files';
import { escapeControls } from '../reporting/output-escaping';
import { type ScanOptions, UsageError } from './args';
import { analyzeInParts } from './parallel-scan';
import { relativePath } from './report-paths';
import { cacheKey, readCache, writeCache } from './result-cache';
import { commonAncestor, workspaceRootOf } from './workspace-root';

export interface ScanIo {
  cwd: string;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
}

export interface Scan extends Omit<EngineResult, 'program'> {
  program: EngineResult['program'] | undefined;
  root: string;
  /** With named files (`check a.ts b.ts`): the files named; findings are those that stand in them. */
  named?: string[];
  files: string[];
  /** The files reported on (all of them, or one shard's). */
  reported: string[];
  skipped: SkippedFile[];
  configs: Map<string, DiscloseConfig>;
}

export class ConfigurationFailed extends Error {}

/** The scanned root: the one folder given, or the working directory. */
export function scanRoot(opts: ScanOptions, cwd: string): string {
  if (opts.paths.length === 1) {
    const p = path.resolve(cwd, opts.paths[0]!);
    try {
      if (fs.statSync(p).isDirectory()) return p;
    } catch {
      /* reported by discovery */
    }
  }
  return cwd;
}

/** The paths given, when every one of them is a file (`check a.ts b.ts`, a pre-commit hook's call). */
export function namedFiles(opts: ScanOptions, cwd: string): string[] | undefined {
  if (opts.paths.length === 0) return undefined;
  const abs = opts.paths.map((p) => path.resolve(cwd, p));
  for (const p of abs) {
    try {
      if (!fs.statSync(p).isFile()) return undefined;
    } catch {
      return undefined;
    }
  }
  return abs;
}

/** Stable shard of a file: a hash of its path relative to the root, so every job agrees. */
export function shardOf(rel: string, count: number): number {
  let h = 2166136261;
  for (let i = 0; i < rel.length; i++) h = Math.imul(h ^ rel.charCodeAt(i), 16777619) >>> 0;
  return (h % count) + 1;
}

/**
 * Discovers files, loads their configurations (a broken one stops the run with located
 * errors) and runs the engine: what check, baseline, init and report share.
 */
export function scanWorkspace(
  opts: ScanOptions,
  io: ScanIo,
  extra: { includePermitted?: boolean; shard?: { index: number; count: number }; ignoreConfig?: boolean; noCache?: boolean } = {},
): Scan {
  // Named files are analysed in their workspace, as the editor does: with what they import and
  // what calls into them, so that a finding stands where the folder's run puts it.
  const named = namedFiles(opts, io.cwd);
  const root = named ? commonAncestor(named.map(workspaceRootOf)) : scanRoot(opts, io.cwd);
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (opts.config && !fs.existsSync(path.resolve(io.cwd, opts.config))) throw new UsageError(`No configuration file at ${opts.config}`);
  let discovered: ReturnType<typeof discoverFiles>;
  try {
    discovered = timed('discover files', () =>
      discoverFiles({
        root,
        paths: named ? [root] : opts.paths.map((p) => path.resolve(io.cwd, p)),
        exclude: opts.exclude,
        maxFileBytes,
        includeTests: opts.includeTests,
        keepTexts: true,
      }),
    );
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { files } = discovered;
  const namedSet = named ? new Set(named) : undefined;
  // Only what was named is worth a message; the rest of the workspace is context.
  const skipped = namedSet ? discovered.skipped.filter((s) => namedSet.has(s.file)) : discovered.skipped;
  const resolver = new ConfigResolver({
    configFile: opts.config ? path.resolve(io.cwd, opts.config) : undefined,
    policy: opts.policy,
    ignoreFiles: extra.ignoreConfig,
    root,
  });
  const configs = new Map<string, DiscloseConfig>();
  const errors: string[] = [];
  const report = (e: unknown) => {
    if (e instanceof ConfigError || e instanceof PolicyPackError) {
      for (const p of e.problems) {
        const line = `${relativePath(io.cwd, p.file)}:${p.line + 1}:${p.column + 1}: error: ${p.message}`
          .split('\n')
          .map(escapeControls)
          .join('\n');
        if (!errors.includes(line)) errors.push(line);
      }
    } else errors.push(escapeControls((e as Error).message));
  };
  for (const f of files) {
    try {
      configs.set(f, resolver.configFor(f));
    } catch (e) {
      report(e);
    }
  }
  if (files.length === 0 && opts.config) {
    try {
      resolver.configFor(path.join(root, 'x.ts'));
    } catch (e) {
      report(e);
    }
  }
  if (errors.length) {
    io.stderr(`disclose: invalid configuration\n${errors.join('\n')}\n`);
    throw new ConfigurationFailed();
  }
  for (const s of skipped) io.stderr(`disclose: skipped ${escapeControls(relativePath(io.cwd, s.file))}: ${escapeControls(s.reason)}\n`);

  // Discovery read every file whole to check it: the analysis starts from those texts.
  const texts = new Map<string, string | undefined>(discovered.texts);
  const readText = (f: string) => {
    if (!texts.has(f)) texts.set(f, readIfSmall(f, maxFileBytes));
    return texts.get(f);
  };
  const project = new ProjectModel(root);
  let reported = files;
  let analysed = files;
  let startFrom: string[] | undefined;
  if (namedSet) {
    reported = files.filter((f) => namedSet.has(f));
    startFrom = namedFocus(reported, root, files, maxFileBytes, project);
  }
  if (extra.shard) {
    const { index, count } = extra.shard;
    reported = files.filter((f) => shardOf(relativePath(root, f), count) === index);
    // The shard's files, plus the files that call into them: they decide where findings stand.
    const graph = importGraphOver(root, files, maxFileBytes, project);
    const set = new Set(reported);
    for (const f of reported) for (const c of graph.callersOf(f)) if (configs.has(c)) set.add(c);
    analysed = files.filter((f) => set.has(f));
  }
  // One package of a monorepo: its callers elsewhere in the monorepo decide where findings stand.
  const outerCallers = callersFromEnclosingWorkspace(project, reported, readText, maxFileBytes);
  if (outerCallers.length) analysed = [...analysed, ...outerCallers];
  timed('project model (configs, packages)', () => project.prepare(analysed));
  const started = Date.now();
  let progressShown = false;
  const key =
    extra.noCache || opts.noCache
      ? undefined
      : cacheKey({
          root,
          files: analysed,
          texts: readText,
          configs: [...new Set(configs.values())].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '')),
          options: {
            ...resultOptions(opts),
            maxFileBytes,
            includePermitted: !!extra.includePermitted,
            ignoreConfig: !!extra.ignoreConfig,
            startFrom: startFrom?.map((f) => relativePath(root, f)),
          },
          // How the build resolves imports (tsconfigs, package manifests), and the sources that
          // resolution reaches outside the scanned folder.
          inputs: [...project.inputs(), ...outsideSources(root, analysed, readText, project)],
        });
  const cached = key ? readCache(key, analysed) : undefined;
  const jobs = opts.jobs ?? defaultJobs(analysed.length);
  const parted =
    cached || jobs < 2 || !workerScript || startFrom
      ? undefined
      : analyzeInParts(
          {
            root,
            files: analysed,
            configFile: opts.config ? path.resolve(io.cwd, opts.config) : undefined,
            policy: opts.policy,
            ignoreConfig: extra.ignoreConfig,
            reportUnresolved: opts.reportUnresolved,
            includePermitted: !!extra.includePermitted,
            maxFileBytes,
          },
          readText,
          jobs,
          workerScript,
        );
  const result =
    cached ??
    parted ??
    analyze({
      root,
      files: analysed,
      project,
      configFor: (f) => configs.get(f) ?? resolver.configFor(f),
      reportUnresolved: opts.reportUnresolved,
      maxFileBytes,
      includePermitted: extra.includePermitted,
      focus: true,
      startFrom,
      overlay: texts.size ? (new Map([...texts].filter(([, t]) => t !== undefined)) as Map<string, string>) : undefined,
      checkpoint: () => {
        if (io.stderrIsTTY && Date.now() - started > 1000) {
          progressShown = true;
          io.stderr(`\rdisclose: analysing ${analysed.length} files…`);
        }
      },
    });
  if (progressShown) io.stderr('\r\x1b[K');
  if (phaseTimes)
    io.stderr(
      `disclose: time by phase\n${phaseTimes
        .lines()
        .map((l) => `  ${l}\n`)
        .join('')}`,
    );
  if (key && !cached) writeCache(key, { findings: result.findings, flows: result.flows, problems: result.problems });
  for (const p of result.problems) io.stderr(`disclose: ${escapeControls(`${relativePath(io.cwd, p.file)}: ${p.message}`)}\n`);
  const inShard = new Set(reported);
  return {
    ...result,
    program: 'program' in result ? (result as EngineResult).program : undefined,
    findings: result.findings.filter((f) => inShard.has(f.location.file)),
    flows: result.flows.filter((f) => inShard.has(f.location.file)),
    root,
    named,
    files,
    reported,
    skipped,
    configs,
  };
}

/**
 * The options a result depends on: every option, but those that only shape or route the output.
 * A new option is in the cache key unless it is listed here.
 */
function resultOptions(opts: ScanOptions): Record<string, unknown> {
  const { format, output, color, baseline, diff, failOn, jobs, noCache, shard, command, ...rest } = opts as ScanOptions &
    Record<string, unknown>;
  void [format, output, color, baseline, diff, failOn, jobs, noCache, shard, command];
  return rest;
}

/**
 * Where a focused run over named files starts: the files themselves, the files they import
 * (transitively) that mention a sink, and the files that import them. The imported ones decide
 * whether a named file's call goes through a wrapper, the importers whether a named file's
 * function is a wrapper whose finding stands at their call; the engine then brings in the callers
 * of the wrappers it finds, as in a folder's run.
 */
function namedFocus(named: string[], root: string, files: string[], maxFileBytes: number, project: ProjectModel): string[] {
  const filter = new CandidateFilter(builtinData().catalog);
  const graph = importGraphOver(root, files, maxFileBytes, project);
  const inWorkspace = new Set(files);
  const seen = new Set<string>(named);
  const queue = [...named];
  while (queue.length) {
    for (const t of graph.importsOf(queue.shift()!)) {
      if (seen.has(t) || !inWorkspace.has(t)) continue;
      seen.add(t);
      queue.push(t);
    }
  }
  const importers = new Set(named.flatMap((f) => graph.callersOf(f)));
  return files.filter(
    (f) => named.includes(f) || importers.has(f) || (seen.has(f) && filter.mayContainSink(readIfSmall(f, maxFileBytes) ?? '')),
  );
}

/** The script a worker thread runs: the CLI's own entry, set by main.ts (library use stays in one thread). */
let workerScript: string | undefined;
export function setWorkerScript(script: string): void {
  workerScript = script;
}

/**
 * Threads pay off on large workspaces with cores to spare: each one loads the engine afresh,
 * and one analysing thread already keeps about 1.4 cores busy (V8's collector and compiler
 * run beside it), so on two cores a second thread gained nothing (npm run bench, "Worker threads").
 */
function defaultJobs(files: number): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  if (files < 300 || cores <= 2) return 1;
  return Math.min(Math.floor(cores / 2), 4);
}

/** Sources outside the scanned folder that its files import; only a package of a monorepo has them. */
function outsideSources(
  root: string,
  files: string[],
  readText: (f: string) => string | undefined,
  project: ProjectModel,
): Array<{ file: string; text: string }> {
  if (!project.enclosingWorkspace(files)) return [];
  const graph = new ImportGraph(root, readText, () => files, project);
  return importedFromOutside(root, files, new Set(files), graph).map((file) => ({ file, text: readText(file) ?? '\u0000missing' }));
}

/** Who imports whom among the scanned files, each read within the size limit. */
function importGraphOver(root: string, files: string[], maxFileBytes: number, project: ProjectModel): ImportGraph {
  return new ImportGraph(
    root,
    (f) => readIfSmall(f, maxFileBytes),
    () => files,
    project,
  );
}

function readIfSmall(file: string, max: number): string | undefined {
  return tryReadTextFile(file, { kind: 'source', maxBytes: max });
}
