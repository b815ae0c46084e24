import type { Diagnostic } from 'vscode-languageserver';
import type { StarterConfigResult } from '../../../../shared/protocol';
import type { Finding } from '../../analysis/flows/finding';
import type { DiscloseSettings } from '../settings';

/**
 * What the LSP thread and the analysis workers say to each other. Plain data only: every
 * message crosses a thread by structured clone.
 */

/** The marks by which the bundled server script knows, started as a worker, what to run. */
export const DOCUMENT_WORKER = 'disclose-document-worker';
export const FOLDER_JOB_WORKER = 'disclose-folder-job';

export interface DocumentText {
  uri: string;
  version: number;
  text: string;
}

export interface DiagnosticOptions {
  relatedInformation: boolean;
  codeDescription: boolean;
  /** The editor's language: diagnostics speak it where the pack and lexicon have its texts. */
  locale: string | undefined;
}

/** To the long-lived document worker: the workspace as the editor has it, and what to analyse. */
export type ToDocumentWorker =
  | { type: 'folders'; folders: string[] }
  | { type: 'document'; doc: DocumentText }
  | { type: 'close'; uri: string }
  /** Files changed on disk (not open): created, changed or deleted. */
  | { type: 'watched'; changes: Array<{ file: string; kind: 'created' | 'changed' | 'deleted' }> }
  /** Settings changed: file lists and resolutions are made afresh. */
  | { type: 'reset' }
  | { type: 'analyze'; id: number; uri: string; version: number; settings: DiscloseSettings; options: DiagnosticOptions };

export interface DocumentResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Why the file was not analysed (too large, minified …), if it was not. */
  skipped?: string;
  /** Safety bounds the analysis reached (it stopped there; findings may be missing). */
  limitsReached?: string[];
}

export type FromDocumentWorker =
  /** The files whose findings a change of `file` may change (WorkspaceState.affectedBy). */
  | { type: 'affected'; file: string; importers: string[]; imported: string[] }
  | { type: 'result'; id: number; result: DocumentResult }
  /** Stopped for a newer request, or the document moved on before it started. */
  | { type: 'cancelled'; id: number; started?: boolean }
  | { type: 'failed'; id: number; error: string };

/** A whole-folder job (the data-sharing report, a starter configuration) in a worker of its own. */
export interface FolderJob {
  command: 'sharingReport' | 'starterConfig';
  folder: string;
  folders: string[];
  settings: DiscloseSettings;
  documents: DocumentText[];
}

export type FolderJobResult = { html: string } | { starter: StarterConfigResult };

export type FromFolderJob = { type: 'done'; result: FolderJobResult } | { type: 'failed'; error: string };
