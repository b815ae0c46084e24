import { parentPort, Worker } from 'node:worker_threads';
import { renderHtml } from '../../reporting/render-html';
import { buildSharingReport } from '../../reporting/sharing-report';
import { starterConfigForFolder } from '../starter-config-command';
import { WorkspaceState } from '../workspace-state';
import { DocumentCopies } from './document-copies';
import { slowStageMs, waitAtCheckpoint } from './failpoints';
import { FOLDER_JOB_WORKER, type FolderJob, type FolderJobResult, type FromFolderJob } from './messages';

/**
 * The data-sharing report and the starter configuration analyse a whole folder: each runs in a
 * worker of its own, started for the job and ended with it, so that neither the LSP thread nor
 * the analysis of the open documents waits for it.
 */
export function runFolderJob(script: string, job: FolderJob): { result: Promise<FolderJobResult>; stop: () => void } {
  const worker = new Worker(script, { workerData: { kind: FOLDER_JOB_WORKER, job }, stdout: true });
  // Standard output is the LSP channel over stdio: whatever a worker prints goes to stderr.
  worker.stdout.pipe(process.stderr);
  const result = new Promise<FolderJobResult>((resolve, reject) => {
    worker.once('message', (m: FromFolderJob) => (m.type === 'done' ? resolve(m.result) : reject(new Error(m.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the ${job.command} worker stopped (exit code ${code})`)));
  });
  // Settled either way: the worker has nothing more to do.
  result
    .then(
      () => worker.terminate(),
      () => worker.terminate(),
    )
    .catch(() => undefined);
  return { result, stop: () => void worker.terminate() };
}

/** In the job's worker: a fresh view of the workspace with the editor's unsaved text. */
export function folderJobMain(job: FolderJob): void {
  let message: FromFolderJob;
  try {
    message = { type: 'done', result: folderJob(job) };
  } catch (e) {
    message = { type: 'failed', error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(message);
}

function folderJob(job: FolderJob): FolderJobResult {
  const state = new WorkspaceState(new DocumentCopies(job.documents), () => job.settings);
  state.setFolders(job.folders);
  const slow = slowStageMs();
  const checkpoint = slow ? () => waitAtCheckpoint(new Int32Array(new SharedArrayBuffer(4)), slow) : undefined;
  const folder = job.folder;
  if (job.command === 'starterConfig') return { starter: starterConfigForFolder(state, folder, job.settings, checkpoint) };
  const { flows, configs, files } = state.analyzeFolder(folder, job.settings, { ignoreConfig: false, checkpoint });
  const pack = configs[0]?.policy ?? state.workspace.configForFolder(folder).policy;
  return {
    html: renderHtml(
      buildSharingReport(
        flows,
        pack,
        configs.filter((c) => c.file),
        folder,
        files,
      ),
    ),
  };
}
