import { Worker } from 'node:worker_threads';
import type { DiscloseSettings } from '../settings';
import { Cancelled } from '../workspace-state';
import { type DiagnosticOptions, DOCUMENT_WORKER, type DocumentResult, type FromDocumentWorker, type ToDocumentWorker } from './messages';

export interface AnalysisRequest {
  uri: string;
  version: number;
  settings: DiscloseSettings;
  options: DiagnosticOptions;
}

interface Pending {
  id: number;
  request: AnalysisRequest;
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
}

/** How long a cancelled analysis may run on before its thread is ended and started afresh. */
const CANCEL_GRACE_MS = 5000;

/**
 * The LSP thread's side of the analysis worker. State messages (folders, documents, changed
 * files) go out at once and in order; analyses wait here, one in the worker at a time, so that
 * a request that is superseded before it starts is simply dropped and one that is running is
 * stopped through the shared cancel flag (or, if it does not stop, with its thread). A worker
 * that dies is started again and given the editor's state anew; the server goes on.
 */
export class AnalysisHost {
  private worker: Worker | undefined;
  private readonly cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 1;
  private grace: NodeJS.Timeout | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private crashes = 0;
  private disposed = false;

  constructor(
    private readonly script: string,
    /** The messages that bring a new worker to the editor's present state. */
    private readonly replay: () => ToDocumentWorker[],
    private readonly onAffected: (affected: { importers: string[]; imported: string[] }) => void,
    private readonly log: (message: string) => void,
  ) {}

  send(m: ToDocumentWorker): void {
    // A worker being restarted is given the whole state by replay() when it starts.
    if (this.restartTimer || this.disposed) return;
    this.ensure().postMessage(m);
  }

  analyze(request: AnalysisRequest): { id: number; result: Promise<DocumentResult> } {
    const id = this.nextId++;
    const result = new Promise<DocumentResult>((resolve, reject) => this.queue.push({ id, request, resolve, reject }));
    this.pump();
    return { id, result };
  }

  /** Drops a waiting analysis, or stops the running one. */
  cancel(id: number): void {
    const i = this.queue.findIndex((p) => p.id === id);
    if (i >= 0) {
      this.queue.splice(i, 1)[0]!.reject(new Cancelled('dropped before it started'));
      return;
    }
    if (this.running?.id !== id) return;
    Atomics.store(this.cancelFlag, 0, id);
    Atomics.notify(this.cancelFlag, 0);
    clearTimeout(this.grace);
    this.grace = setTimeout(() => {
      if (this.running?.id !== id || !this.worker) return;
      this.log(
        `Disclose: a cancelled analysis of ${this.running.request.uri} did not stop within ${CANCEL_GRACE_MS} ms; restarting the analysis thread`,
      );
      void this.worker.terminate();
    }, CANCEL_GRACE_MS);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.grace);
    clearTimeout(this.restartTimer);
    for (const p of this.queue.splice(0)) p.reject(new Cancelled());
    this.running?.reject(new Cancelled());
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { kind: DOCUMENT_WORKER, cancel: this.cancelFlag }, stdout: true });
    // Standard output is the LSP channel over stdio: whatever a worker prints goes to stderr.
    worker.stdout.pipe(process.stderr);
    this.worker = worker;
    worker.on('message', (m: FromDocumentWorker) => this.received(m));
    worker.on('error', (e) => this.log(`Disclose: the analysis thread failed: ${e.stack ?? e}`));
    worker.on('exit', (code) => this.exited(worker, code));
    worker.unref();
    for (const m of this.replay()) worker.postMessage(m);
    return worker;
  }

  private pump(): void {
    if (this.running || this.disposed || this.restartTimer) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    this.ensure().postMessage({ type: 'analyze', id: next.id, ...next.request } satisfies ToDocumentWorker);
  }

  private received(m: FromDocumentWorker): void {
    if (m.type === 'affected') {
      this.onAffected(m);
      return;
    }
    const p = this.running;
    if (!p || p.id !== m.id) return;
    this.running = undefined;
    clearTimeout(this.grace);
    this.crashes = 0;
    if (m.type === 'result') p.resolve(m.result);
    else if (m.type === 'cancelled') p.reject(new Cancelled(m.started ? 'stopped while running' : 'dropped: the document moved on'));
    else p.reject(workerError(m.error));
    this.pump();
  }

  private exited(worker: Worker, code: number): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    clearTimeout(this.grace);
    const p = this.running;
    this.running = undefined;
    if (this.disposed) return;
    // A cancelled analysis that had to be ended is a cancellation, anything else a failure.
    if (p)
      p.reject(
        Atomics.load(this.cancelFlag, 0) === p.id
          ? new Cancelled('stopped with its thread')
          : new Error(`the analysis thread stopped (exit code ${code}) while analysing ${p.request.uri}`),
      );
    this.crashes++;
    // Start again at once after a single failure; back off when it keeps failing.
    const delay = Math.min(10_000, this.crashes <= 1 ? 0 : 250 * 2 ** (this.crashes - 2));
    this.log(`Disclose: the analysis thread stopped (exit code ${code}); starting it again${delay ? ` in ${delay} ms` : ''}`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.disposed) return;
      this.ensure();
      this.pump();
    }, delay);
  }
}

/** The worker's error as thrown there: its message, and its stack for the log. */
function workerError(stack: string): Error {
  const e = new Error(stack.split('\n')[0]!.replace(/^\w*Error: /, ''));
  e.stack = stack;
  return e;
}
