import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { PROJECT_ROOT } from './paths';

export interface LspClientOptions {
  env?: Record<string, string>;
  rootUri: string;
  capabilities: ClientCapabilities;
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  locale?: string;
}

/**
 * A minimal LSP client over stdio for tests: starts the built server as a process, answers
 * its requests (configuration, registration, applyEdit, showDocument) and waits for real
 * diagnostics instead of sleeping.
 */
export class LspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly shownDocuments: string[] = [];
  readonly registrations: unknown[] = [];
  readonly logs: string[] = [];
  refreshRequests = 0;
  settings: Record<string, unknown>;
  private waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> =
    [];
  private refreshWaiters: Array<() => void> = [];
  stderr = '';

  constructor(private readonly options: LspClientOptions) {
    this.settings = options.settings ?? {};
    // DISCLOSE_SERVER_NODE_ARGS: node flags for the server, e.g. `--cpu-prof` when profiling the bench.
    const nodeArgs = (process.env.DISCLOSE_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    this.process = spawn(process.execPath, [...nodeArgs, path.join(PROJECT_ROOT, 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...(options.env ?? {}) },
    });
    this.process.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    const c = this.connection;
    c.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (i.section === 'disclose' ? this.settings : null)),
    );
    c.onRequest('client/registerCapability', (p: unknown) => {
      this.registrations.push(p);
      return null;
    });
    c.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(p.edit);
      return { applied: true };
    });
    c.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shownDocuments.push(p.uri);
      return { success: true };
    });
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      for (const w of this.refreshWaiters.splice(0)) w();
      return null;
    });
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.pred(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    c.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    c.onNotification('disclose/status', () => undefined);
    c.listen();
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: this.options.rootUri,
      workspaceFolders: [{ uri: this.options.rootUri, name: 'workspace' }],
      capabilities: this.options.capabilities,
      initializationOptions: this.options.initializationOptions ?? {},
      locale: this.options.locale,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'typescript', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves with the first published diagnostics for `uri` that satisfy `pred`. */
  waitForDiagnostics(
    uri: string,
    pred: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 20000,
  ): Promise<PublishDiagnosticsParams> {
    const have = this.diagnostics.get(uri);
    if (have && pred(have)) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri)?.diagnostics.map((d) => d.code))}\n${this.stderr}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({ uri, pred, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  waitForRefresh(timeoutMs = 20000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostic refresh request')), timeoutMs);
      this.refreshWaiters.push(() => (clearTimeout(timer), resolve()));
    });
  }

  pull(uri: string): Promise<{ kind: string; items: Diagnostic[] }> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return new Promise((resolve) => {
      if (this.process.exitCode !== null) return resolve(this.process.exitCode);
      this.process.on('exit', (code) => resolve(code));
    });
  }

  kill(): void {
    this.connection.dispose();
    this.process.kill();
  }
}

export const PUSH_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, dataSupport: true },
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  window: { showDocument: { support: true } },
};

export const PULL_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  textDocument: { ...PUSH_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { ...PUSH_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
};

/** A bare client: no configuration requests, no related information, no dynamic registration. */
export const MINIMAL_CAPABILITIES: ClientCapabilities = { textDocument: { publishDiagnostics: {} }, workspace: {} };
