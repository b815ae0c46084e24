import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import { isSourceFile } from '../../analysis/workspace/source-kinds';
import { findingToDiagnostic } from '../finding-to-diagnostic';
import { payloadFields } from '../payload-fields';
import { DEFAULT_SETTINGS, type DiscloseSettings } from '../settings';
import { fileOfUri, pathToUri } from '../workspace-folders';
import { Cancelled, WorkspaceState } from '../workspace-state';
import { DocumentCopies } from './document-copies';
import { exitMarker, slowStageMs, waitAtCheckpoint } from './failpoints';
import type { DocumentResult, FromDocumentWorker, ToDocumentWorker } from './messages';

/**
 * The analysis thread: one per server, living as long as the server, so that parsed files, the
 * import graphs and the per-function memo carry over from one edit to the next. It takes one
 * analysis at a time. `cancel` is shared with the LSP thread: when it holds the id of the
 * running analysis, the engine's next checkpoint throws and the analysis is dropped.
 */
export function documentWorkerMain(cancel: Int32Array): void {
  const port = parentPort;
  if (!port) return;
  const post = (m: FromDocumentWorker) => port.postMessage(m);
  const documents = new DocumentCopies();
  const settingsByFolder = new Map<string, DiscloseSettings>();
  const state = new WorkspaceState(documents, (folder) => settingsByFolder.get(folder) ?? DEFAULT_SETTINGS);
  const slow = slowStageMs();
  const exit = exitMarker();

  const affected = (file: string) => {
    if (isSourceFile(file)) post({ type: 'affected', file, ...state.affectedBy(file) });
  };

  const analyse = (m: Extract<ToDocumentWorker, { type: 'analyze' }>) => {
    const doc = documents.get(m.uri);
    const file = fileOfUri(m.uri);
    if (!doc || !file || doc.version !== m.version) return post({ type: 'cancelled', id: m.id });
    settingsByFolder.set(state.folderOf(file), m.settings);
    if (exit && doc.getText().includes(exit)) process.exit(3);
    const checkpoint = () => {
      waitAtCheckpoint(cancel, slow);
      if (Atomics.load(cancel, 0) === m.id) throw new Cancelled();
    };
    try {
      const analysis = state.analyzeDocument(doc, m.settings, checkpoint);
      const sf = analysis.program?.getSourceFile(file);
      const policy = state.configs.configFor(file, m.settings.policy).policy;
      const diagnostics: Diagnostic[] = [];
      for (const f of analysis.findings) {
        const d = findingToDiagnostic(f, m.settings, {
          fields: payloadFields(f, sf),
          version: doc.version,
          policy,
          locale: m.options.locale,
        });
        if (!d) continue;
        if (!m.options.relatedInformation) delete d.relatedInformation;
        if (!m.options.codeDescription) delete d.codeDescription;
        diagnostics.push(d);
      }
      const result: DocumentResult = {
        findings: analysis.findings,
        diagnostics,
        skipped: analysis.skipped,
        limitsReached: analysis.limitsReached,
      };
      post({ type: 'result', id: m.id, result });
    } catch (e) {
      if (e instanceof Cancelled) post({ type: 'cancelled', id: m.id, started: true });
      else post({ type: 'failed', id: m.id, error: (e as Error).stack ?? String(e) });
    }
  };

  port.on('message', (m: ToDocumentWorker) => {
    try {
      switch (m.type) {
        case 'folders':
          state.setFolders(m.folders);
          break;
        case 'document': {
          documents.set(m.doc);
          const file = fileOfUri(m.doc.uri);
          if (file) {
            state.fileChanged(file);
            affected(file);
          }
          break;
        }
        case 'close': {
          documents.delete(m.uri);
          const file = fileOfUri(m.uri);
          if (file) state.fileChanged(file);
          break;
        }
        case 'watched':
          watched(state, m.changes, (uri) => !!documents.get(uri));
          break;
        case 'reset':
          state.filesCreatedOrDeleted();
          break;
        case 'analyze':
          analyse(m);
          break;
      }
    } catch (e) {
      // A message that could not be applied must not end the thread: the next analysis
      // starts from whatever state there is, and the LSP thread hears of the failure.
      if (m.type === 'analyze') post({ type: 'failed', id: m.id, error: (e as Error).stack ?? String(e) });
      else process.stderr.write(`Disclose worker: ${m.type} failed: ${(e as Error).stack ?? e}\n`);
    }
  });
}

function watched(
  state: WorkspaceState,
  changes: Array<{ file: string; kind: 'created' | 'changed' | 'deleted' }>,
  isOpen: (uri: string) => boolean,
): void {
  let structure = false;
  for (const ch of changes) {
    if (isOpen(pathToUri(ch.file))) continue;
    if (ch.kind !== 'changed') structure = true;
    else state.fileChanged(ch.file);
    if (/\.ya?ml$/.test(ch.file)) state.configs.invalidate(ch.file);
  }
  if (structure) state.filesCreatedOrDeleted();
}
