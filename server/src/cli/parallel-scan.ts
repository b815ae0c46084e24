import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { ConfigResolver } from '../analysis/config/config-resolver';
import { analyze, type EngineProblem } from '../analysis/engine';
import { compareFindings, type Finding, type Flow } from '../analysis/flows/finding';
import { partsStayedApart, splitWorkspace } from '../analysis/workspace/workspace-parts';

/**
 * The CLI's use of several cores: the workspace is split into import-connected parts
 * (workspace-parts.ts), each analysed in a worker thread, and the results joined. The CLI
 * stays synchronous: the main thread blocks on a shared flag per worker and reads the result
 * from the worker's port.
 */
export interface PartJob {
  root: string;
  files: string[];
  startFrom: string[];
  configFile?: string;
  policy?: string;
  ignoreConfig?: boolean;
  reportUnresolved: boolean;
  includePermitted: boolean;
  maxFileBytes: number;
}

export interface PartResult {
  findings: Finding[];
  flows: Flow[];
  problems: EngineProblem[];
  roots: string[];
}

interface WorkerMessage {
  timing?: string;
  result?: PartResult;
  error?: string;
}

export const WORKER_KIND = 'disclose-scan-part';

/** Runs in a worker: one part, with its own configuration resolver (configurations are data). */
export function runPart(job: PartJob): PartResult {
  const resolver = new ConfigResolver({ configFile: job.configFile, policy: job.policy, ignoreFiles: job.ignoreConfig, root: job.root });
  const r = analyze({
    root: job.root,
    files: job.files,
    configFor: (f) => resolver.configFor(f),
    reportUnresolved: job.reportUnresolved,
    includePermitted: job.includePermitted,
    maxFileBytes: job.maxFileBytes,
    focus: true,
    startFrom: job.startFrom,
  });
  return { findings: r.findings, flows: r.flows, problems: r.problems, roots: r.roots ?? [] };
}

export function workerMain(data: { job: PartJob; port: MessagePort; flag: Int32Array }): void {
  let message: WorkerMessage;
  try {
    const t0 = performance.now();
    message = { result: runPart(data.job), timing: `ready at ${Math.round(t0)} ms, analysed in ${Math.round(performance.now() - t0)} ms` };
  } catch (e) {
    message = { error: (e as Error).stack ?? String(e) };
  }
  data.port.postMessage(message);
  Atomics.store(data.flag, 0, 1);
  Atomics.notify(data.flag, 0);
}

const PART_TIMEOUT_MS = 30 * 60 * 1000;

/**
 * Analyses the workspace in up to `jobs` threads. Undefined when it is one part (nothing to
 * spread), when a worker failed, or when callers brought in during the run joined two parts:
 * the caller then analyses it in one piece, so results never depend on the split.
 */
export function analyzeInParts(
  base: Omit<PartJob, 'startFrom'>,
  readText: (f: string) => string | undefined,
  jobs: number,
  script: string,
): PartResult | undefined {
  if (jobs < 2) return undefined;
  const t0 = Date.now();
  const { parts, graph } = splitWorkspace(base.root, base.files, readText, jobs);
  if (process.env.DISCLOSE_DEBUG) process.stderr.write(`split: ${Date.now() - t0} ms\n`);
  if (parts.length < 2) return undefined;
  const running = parts.map(({ starts: startFrom, files }) => {
    const { port1, port2 } = new MessageChannel();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(script, {
      workerData: { kind: WORKER_KIND, job: { ...base, files, startFrom }, port: port2, flag },
      transferList: [port2],
    });
    return { worker, port: port1, flag };
  });
  const results: PartResult[] = [];
  let failed = false;
  for (const r of running) {
    const done = Atomics.wait(r.flag, 0, 0, PART_TIMEOUT_MS) !== 'timed-out' || Atomics.load(r.flag, 0) === 1;
    const message = done ? (receiveMessageOnPort(r.port)?.message as WorkerMessage | undefined) : undefined;
    if (process.env.DISCLOSE_DEBUG && message?.timing) process.stderr.write(`part: ${message.timing}\n`);
    if (message?.result) results.push(message.result);
    else failed = true;
    r.port.close();
    void r.worker.terminate();
  }
  const apart =
    !failed &&
    partsStayedApart(
      base.files,
      graph,
      results.map((r) => r.roots),
    );
  if (process.env.DISCLOSE_DEBUG)
    process.stderr.write(
      `parts: ${parts.map((p) => `${p.starts.length}/${p.files.length}`).join(' + ')} files, ${failed ? 'a worker failed' : apart ? 'kept apart' : 'joined by callers: analysing whole'}\n`,
    );
  if (!apart) return undefined;
  return {
    findings: results.flatMap((r) => r.findings).sort(compareFindings),
    flows: results.flatMap((r) => r.flows).sort(compareFindings),
    problems: results.flatMap((r) => r.problems),
    roots: results.flatMap((r) => r.roots),
  };
}
