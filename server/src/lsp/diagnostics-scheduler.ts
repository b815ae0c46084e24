import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../analysis/flows/finding';
import { isSourceFile } from '../analysis/workspace/source-kinds';
import type { AnalysisHost } from './analysis-worker/analysis-host';
import type { Capabilities } from './capabilities';
import type { SettingsStore } from './settings-store';
import type { WorkspaceFolders } from './workspace-folders';
import { fileOfUri, pathToUri } from './workspace-folders';
import { Cancelled } from './workspace-state';

/** A document's last analysis, kept on the LSP thread to answer hovers and status from. */
export interface DocumentResults {
  /** version:dependency generation:configuration generation of the input it came from. */
  key: string;
  version: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** From the request to the answer, waiting in line included. */
  durationMs: number;
}

/**
 * How long a hover waits for its document's analysis before it answers from the last one: an
 * edit's analysis of a small file ends within it; a hover does not wait for a document whose
 * last analysis took longer.
 */
const HOVER_WAIT_MS = 25;

/**
 * When each open document is analysed and where its diagnostics go: pushed after a debounce,
 * or pulled by the client (then the client is asked to refresh). Analyses run in the worker
 * behind `host`; a newer version or a changed dependency supersedes a document's analysis,
 * which is then dropped or stopped, never waited for.
 */
export class DiagnosticsScheduler {
  private readonly results = new Map<string, DocumentResults>();
  private readonly generation = new Map<string, number>();
  private readonly inflight = new Map<string, { key: string; id: number; result: Promise<DocumentResults> }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: WorkspaceFolders,
    private readonly settings: SettingsStore,
    private readonly host: AnalysisHost,
    private readonly caps: () => Capabilities,
    /** After every new result: the status item's counts. */
    private readonly onResults: () => void,
    private readonly locale: () => string | undefined,
  ) {}

  /** An open source document changed: its own diagnostics are due. */
  documentChanged(uri: string): void {
    if (this.caps().pull) this.scheduleRefresh();
    else this.schedule(uri);
  }

  /**
   * The worker found which files a change may affect: their results are stale. Importers are
   * analysed again (push) or refreshed (pull); imported documents wait until asked for.
   */
  affected({ importers, imported }: { importers: string[]; imported: string[] }): void {
    for (const f of [...importers, ...imported]) this.bump(pathToUri(f));
    if (this.caps().pull) this.scheduleRefresh();
    else for (const f of importers) if (this.documents.get(pathToUri(f))) this.schedule(pathToUri(f));
  }

  /** Configurations, settings or the file set changed: every open document is analysed again. */
  refreshAll(): void {
    for (const uri of this.results.keys()) this.bump(uri);
    if (this.caps().pull) this.scheduleRefresh();
    else for (const d of this.documents.all()) if (isSourceFile(fileOfUri(d.uri) ?? '')) this.schedule(d.uri);
  }

  documentClosed(uri: string): void {
    this.results.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const running = this.inflight.get(uri);
    if (running) this.host.cancel(running.id);
    if (!this.caps().pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Pull mode: the diagnostics of a document's present version. */
  async diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    return (await this.settledAnalysisOf(uri))?.diagnostics ?? [];
  }

  /**
   * For hovers: the present results if they are there or come soon, else the last ones (a
   * hover a keystroke behind beats a hover that waits for a long analysis).
   */
  async resultsForHover(uri: string): Promise<DocumentResults | undefined> {
    const fresh = this.analysisOf(uri).catch(() => undefined);
    const last = this.results.get(uri);
    // This document's analyses take long: the present one would not be in time either.
    if (last && last.durationMs > HOVER_WAIT_MS) return last;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), HOVER_WAIT_MS)));
    const r = await Promise.race([fresh, late]);
    clearTimeout(timer);
    return r ?? this.results.get(uri);
  }

  /** Every document's last results, for the status item. */
  allResults(): Iterable<DocumentResults> {
    return this.results.values();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    clearTimeout(this.refreshTimer);
  }

  private bump(uri: string): void {
    this.generation.set(uri, (this.generation.get(uri) ?? 0) + 1);
  }

  /** Push mode: one debounced analysis per document; a newer one supersedes it. */
  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    const file = fileOfUri(uri);
    const delay = this.settings.ofFolder(file ? this.workspace.folderOf(file) : '').debounceMs;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri);
      }, delay),
    );
  }

  private async publish(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const r = await this.settledAnalysisOf(uri);
      if (r && this.documents.get(uri)?.version === version && r.version === version)
        await this.connection.sendDiagnostics({ uri, version, diagnostics: r.diagnostics });
    } catch (e) {
      if (!(e instanceof Cancelled)) this.connection.console.error(`Disclose publish failed: ${(e as Error).stack ?? e}`);
    }
  }

  private scheduleRefresh(): void {
    if (!this.caps().refresh) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      try {
        this.connection.languages.diagnostics.refresh();
      } catch (e) {
        this.connection.console.error(`Disclose refresh failed: ${(e as Error).stack ?? e}`);
      }
    }, 50);
  }

  /**
   * The results of a document's present input, waiting through supersessions: an analysis
   * dropped for a newer input (a changed dependency, say) is followed by that input's.
   */
  private async settledAnalysisOf(uri: string): Promise<DocumentResults | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.analysisOf(uri);
      } catch (e) {
        if (!(e instanceof Cancelled) || attempt >= 5 || !this.documents.get(uri)) throw e;
      }
    }
  }

  /** The results of a document's present input, from the cache or from a (shared) analysis. */
  private async analysisOf(uri: string): Promise<DocumentResults | undefined> {
    const file = fileOfUri(uri);
    if (!this.documents.get(uri) || !file || !isSourceFile(file)) return undefined;
    const settings = await this.settings.settingsFor(uri);
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    // The document object is updated in place by later edits: its version now, once.
    const version = doc.version;
    const key = `${version}:${this.generation.get(uri) ?? 0}:${this.workspace.configs.generation}`;
    const hit = this.results.get(uri);
    if (hit?.key === key) return hit;
    const running = this.inflight.get(uri);
    if (running?.key === key) return running.result;
    // The input moved on: the older analysis is of no use to anyone.
    if (running) this.host.cancel(running.id);
    const caps = this.caps();
    const started = performance.now();
    const job = this.host.analyze({
      uri,
      version,
      settings,
      options: { relatedInformation: caps.relatedInformation, codeDescription: caps.codeDescription, locale: this.locale() },
    });
    const result = job.result.then(
      (r) => {
        if (r.skipped) this.connection.console.info(`Disclose skipped ${file}: ${r.skipped}`);
        for (const limit of r.limitsReached ?? []) this.connection.console.warn(`Disclose stopped early on ${file}: ${limit}`);
        return this.store(
          uri,
          { key, version, findings: r.findings, diagnostics: r.diagnostics, durationMs: performance.now() - started },
          job.id,
        );
      },
      (e: unknown) => {
        if (this.inflight.get(uri)?.id === job.id) this.inflight.delete(uri);
        if (e instanceof Cancelled) {
          if (process.env.DISCLOSE_DEBUG) this.connection.console.log(`Disclose: analysis of ${file} version ${version} ${e.message}`);
          throw e;
        }
        // A crash in one file's analysis: log it and clear that file's diagnostics, never stale.
        this.connection.console.error(`Disclose could not analyse ${file}: ${(e as Error).stack ?? e}`);
        return this.store(uri, { key, version, findings: [], diagnostics: [], durationMs: performance.now() - started }, job.id);
      },
    );
    this.inflight.set(uri, { key, id: job.id, result });
    return result;
  }

  private store(uri: string, r: DocumentResults, id: number): DocumentResults {
    if (this.inflight.get(uri)?.id === id) this.inflight.delete(uri);
    if (this.documents.get(uri)) this.results.set(uri, r);
    this.onResults();
    return r;
  }
}
