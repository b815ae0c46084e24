import { documentWorkerMain } from './document-worker';
import { folderJobMain } from './folder-job';
import { DOCUMENT_WORKER, FOLDER_JOB_WORKER, type FolderJob } from './messages';

/** The server script started as a worker thread: which of the two kinds of work it does. */
export function workerEntry(data: unknown): void {
  const d = (data ?? {}) as { kind?: string; cancel?: Int32Array; job?: FolderJob };
  if (d.kind === DOCUMENT_WORKER && d.cancel) documentWorkerMain(d.cancel);
  else if (d.kind === FOLDER_JOB_WORKER && d.job) folderJobMain(d.job);
}
