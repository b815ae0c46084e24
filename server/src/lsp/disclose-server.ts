import * as path from 'node:path';
import {
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  type InitializeParams,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CATEGORIES_REQUEST,
  type CategoriesParams,
  type CategoryItem,
  type InitializationOptions,
  SERVER_COMMANDS,
  STATUS_NOTIFICATION,
  type StatusParams,
} from '../../../shared/protocol';
import type { DiscloseConfig } from '../analysis/config/config';
import { isProjectInput } from '../analysis/workspace/project-model';
import { isSourceFile } from '../analysis/workspace/source-kinds';
import { AnalysisHost } from './analysis-worker/analysis-host';
import type { ToDocumentWorker } from './analysis-worker/messages';
import { type Capabilities, readCapabilities } from './capabilities';
import { codeActions, defaultConfigFile } from './code-action-provider';
import { Commands } from './commands';
import { ConfigProblems, isConfigFile } from './config-problems';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { yamlCompletions, yamlHover } from './disclose-yaml-support';
import { findingHover } from './hover-provider';
import { local } from './hover-text';
import { SettingsStore } from './settings-store';
import { fileOfUri, WorkspaceFolders } from './workspace-folders';
import { Cancelled } from './workspace-state';

/**
 * The Disclose language server: binds LSP handlers to the parts that answer them. Analyses run
 * in a worker (analysis-worker/), so every handler here answers from what the LSP thread
 * already holds. Each handler catches its own errors, logs them and answers, so that nothing a
 * document does can stop the server.
 */
export class DiscloseServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly workspace: WorkspaceFolders;
  private readonly settings: SettingsStore;
  private readonly host: AnalysisHost;
  private readonly scheduler: DiagnosticsScheduler;
  private readonly commands: Commands;
  private readonly configProblems: ConfigProblems;
  private caps!: Capabilities;
  private init: InitializationOptions = {};
  private locale: string | undefined;

  /** `workerScript`: the bundled server script, started again as the analysis threads. */
  constructor(
    private readonly connection: Connection,
    workerScript: string,
  ) {
    this.workspace = new WorkspaceFolders(this.documents, (folder) => this.settings.ofFolder(folder));
    this.settings = new SettingsStore(connection, (file) => this.workspace.folderOf(file));
    this.host = new AnalysisHost(
      workerScript,
      () => this.workerState(),
      (a) => this.guard('affected', () => this.scheduler.affected(a), undefined),
      (m) => connection.console.error(m),
    );
    this.scheduler = new DiagnosticsScheduler(
      connection,
      this.documents,
      this.workspace,
      this.settings,
      this.host,
      () => this.caps,
      () => this.sendStatus(),
      () => this.locale,
    );
    this.commands = new Commands(
      connection,
      this.documents,
      this.workspace,
      this.settings,
      () => this.caps,
      workerScript,
      (u) => this.configFileFor(u),
    );
    this.configProblems = new ConfigProblems(connection, this.documents, this.workspace);
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.guard('initialized', () => this.initialized(), undefined));
    c.onDidChangeConfiguration((p) => this.guard('configuration', () => this.configurationChanged(p.settings), undefined));
    c.onDidChangeWatchedFiles((p) => this.guard('watched files', () => this.watchedFilesChanged(p.changes), undefined));
    c.onHover((p) => this.guardAsync('hover', () => this.hover(p.textDocument.uri, p.position), null));
    c.onCodeAction((p) => this.guard('code action', () => this.codeActions(p.textDocument.uri, p.context.diagnostics), []));
    c.onCompletion((p) => this.guard('completion', () => this.completion(p.textDocument.uri, p.position), []));
    c.onExecuteCommand((p) => this.guardAsync('command', () => this.commands.execute(p.command, p.arguments ?? []), null));
    c.onRequest(CATEGORIES_REQUEST, (p: CategoriesParams) => this.guard('categories', () => this.categories(p.uri), []));
    c.languages.diagnostics.on((p) =>
      this.guardAsync(
        'diagnostics',
        async () => ({ kind: DocumentDiagnosticReportKind.Full, items: await this.scheduler.diagnosticsFor(p.textDocument.uri) }),
        { kind: DocumentDiagnosticReportKind.Full, items: [] },
      ),
    );
    c.onShutdown(() => {
      this.scheduler.dispose();
      this.commands.dispose();
      this.host.dispose();
    });
    this.documents.onDidOpen((e) => this.guard('open', () => this.documentChanged(e.document), undefined));
    this.documents.onDidChangeContent((e) => this.guard('change', () => this.documentChanged(e.document), undefined));
    this.documents.onDidClose((e) => this.guard('close', () => this.documentClosed(e.document), undefined));
    this.documents.listen(c);
    c.listen();
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  private initialize(p: InitializeParams): InitializeResult {
    this.caps = readCapabilities(p.capabilities);
    this.settings.askClient = this.caps.configuration;
    this.init = (p.initializationOptions ?? {}) as InitializationOptions;
    this.locale = this.init.locale ?? p.locale;
    const folders = (p.workspaceFolders ?? []).map((f) => fileOfUri(f.uri)).filter((f): f is string => !!f);
    if (folders.length === 0 && p.rootUri) {
      const root = fileOfUri(p.rootUri);
      if (root) folders.push(root);
    }
    this.setFolders(folders);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: [':', ' '] },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'disclose-language-server', version: SERVER_VERSION },
    };
    if (this.caps.pull)
      result.capabilities.diagnosticProvider = { identifier: 'disclose', interFileDependencies: true, workspaceDiagnostics: false };
    return result;
  }

  private initialized(): void {
    if (this.caps.watchedFilesRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/.disclose.yaml' },
          { globPattern: '**/*.{yaml,yml}' },
          { globPattern: '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}' },
          { globPattern: '**/{tsconfig,jsconfig}*.json' },
          { globPattern: '**/package.json' },
        ],
      });
    }
    if (this.caps.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) =>
        this.guard(
          'folders',
          () => {
            const current = new Set(this.workspace.inClientOrder);
            for (const r of e.removed) current.delete(fileOfUri(r.uri) ?? '');
            for (const a of e.added) current.add(fileOfUri(a.uri) ?? '');
            this.setFolders([...current].filter(Boolean));
            this.scheduler.refreshAll();
          },
          undefined,
        ),
      );
    }
  }

  private setFolders(folders: string[]): void {
    this.workspace.setFolders(folders);
    this.host.send({ type: 'folders', folders });
  }

  /** What a new analysis thread is told first: the folders and every open document. */
  private workerState(): ToDocumentWorker[] {
    return [
      { type: 'folders', folders: [...this.workspace.inClientOrder] },
      ...this.documents
        .all()
        .map((d): ToDocumentWorker => ({ type: 'document', doc: { uri: d.uri, version: d.version, text: d.getText() } })),
    ];
  }

  private configurationChanged(settings: unknown): void {
    this.settings.changed(settings);
    this.workspace.configs.invalidate('');
    this.host.send({ type: 'reset' });
    this.scheduler.refreshAll();
  }

  // ---- documents ----------------------------------------------------------------------------

  private documentChanged(doc: TextDocument): void {
    const file = fileOfUri(doc.uri);
    if (!file) return;
    // The worker answers with the files this change affects (DiagnosticsScheduler.affected).
    this.host.send({ type: 'document', doc: { uri: doc.uri, version: doc.version, text: doc.getText() } });
    if (isConfigFile(file)) {
      this.workspace.configs.invalidate(file);
      this.configProblems.publish();
      this.sendStatus();
      this.scheduler.refreshAll();
    } else if (isProjectInput(file)) {
      // Imports now resolve differently: every open document is analysed again.
      this.scheduler.refreshAll();
    } else if (isSourceFile(file)) this.scheduler.documentChanged(doc.uri);
  }

  private documentClosed(doc: TextDocument): void {
    this.settings.forget(doc.uri);
    this.scheduler.documentClosed(doc.uri);
    this.host.send({ type: 'close', uri: doc.uri });
    const file = fileOfUri(doc.uri);
    if (file && isConfigFile(file)) {
      this.workspace.configs.invalidate(file);
      this.configProblems.publish();
      this.scheduler.refreshAll();
    } else if (file && isProjectInput(file)) this.scheduler.refreshAll();
    this.sendStatus();
  }

  private watchedFilesChanged(changes: Array<{ uri: string; type: FileChangeType }>): void {
    const onDisk: Array<{ file: string; kind: 'created' | 'changed' | 'deleted' }> = [];
    let configs = false;
    for (const ch of changes) {
      const file = fileOfUri(ch.uri);
      if (!file || this.documents.get(ch.uri)) continue;
      onDisk.push({
        file,
        kind: ch.type === FileChangeType.Created ? 'created' : ch.type === FileChangeType.Deleted ? 'deleted' : 'changed',
      });
      if (/\.ya?ml$/.test(file)) configs = true;
    }
    if (onDisk.length === 0) return;
    this.host.send({ type: 'watched', changes: onDisk });
    if (onDisk.some((c) => c.kind !== 'changed')) this.workspace.configs.invalidate('');
    if (configs) {
      for (const c of onDisk) this.workspace.configs.invalidate(c.file);
      this.configProblems.publish();
      this.sendStatus();
    }
    this.scheduler.refreshAll();
  }

  // ---- status -------------------------------------------------------------------------------

  private sendStatus(): void {
    let errors = 0;
    let warnings = 0;
    let information = 0;
    for (const r of this.scheduler.allResults())
      for (const d of r.diagnostics) {
        if (d.severity === 1) errors++;
        else if (d.severity === 2) warnings++;
        else information++;
      }
    const policies = new Set<string>();
    for (const d of this.documents.all()) {
      const f = fileOfUri(d.uri);
      if (f && isSourceFile(f)) policies.add(this.workspace.configFor(f).policy.id);
    }
    if (policies.size === 0) policies.add(this.workspace.configForFolder(this.workspace.first ?? process.cwd()).policy.id);
    const params: StatusParams = {
      policies: [...policies],
      errors,
      warnings,
      information,
      brokenConfig: this.workspace.configs.brokenFiles()[0],
    };
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
  }

  // ---- hover, code actions, completion ------------------------------------------------------

  /** The pack that governs a .disclose.yaml: its own, else the one in force in its folder. */
  private packOfConfigFile(file: string): DiscloseConfig['policy'] {
    return this.workspace.configs.load(file)?.policy ?? this.workspace.configForFolder(path.dirname(file)).policy;
  }

  private async hover(uri: string, position: { line: number; character: number }) {
    const file = fileOfUri(uri);
    const doc = this.documents.get(uri);
    if (!file || !doc) return null;
    if (isConfigFile(file)) return yamlHover(doc, position, this.packOfConfigFile(file), this.locale);
    const result = await this.scheduler.resultsForHover(uri);
    if (!result) return null;
    const shown = result.findings.filter((f) =>
      result.diagnostics.some((d) => d.range.start.line === f.location.line && d.range.start.character === f.location.column),
    );
    return findingHover(shown, file, position, (f) => this.workspace.configFor(f.location.file), this.locale);
  }

  private codeActions(uri: string, diagnostics: Diagnostic[]) {
    const doc = this.documents.get(uri);
    const file = fileOfUri(uri);
    if (!doc || !file || !isSourceFile(file)) return [];
    const config = this.workspace.configFor(file);
    return codeActions({
      doc,
      diagnostics,
      locale: this.locale,
      categoryPicker: !!this.init.categoryPicker,
      selectSuppressionReason: !!this.init.selectSuppressionReason,
      canCreateFiles: this.caps.resourceOperations,
      readText: (f) => this.workspace.readText(f),
      configFileFor: (u) => this.configFileFor(u),
      policy: config.policy,
      recipientIds: (f) => this.workspace.configs.load(f)?.recipients.map((r) => r.id) ?? [],
    });
  }

  private configFileFor(uriOrFile: string): string {
    const file = fileOfUri(uriOrFile) ?? uriOrFile;
    return this.workspace.configs.configFileFor(file) ?? defaultConfigFile(this.workspace.folderOf(file));
  }

  private completion(uri: string, position: { line: number; character: number }) {
    const file = fileOfUri(uri);
    const doc = this.documents.get(uri);
    if (!file || !doc || !isConfigFile(file)) return [];
    return yamlCompletions(doc, position, this.packOfConfigFile(file), this.locale);
  }

  private categories(uri: string): CategoryItem[] {
    const file = fileOfUri(uri);
    if (!file) return [];
    const pack = this.workspace.configFor(file).policy;
    return pack.recipientCategories.map((c) => {
      const clause = pack.clauses.find((x) => x.id === c.clause)!;
      return { id: c.id, label: local(c.label, this.locale), clauseTitle: local(clause.title, this.locale), clauseHref: clause.href };
    });
  }

  // ---- error containment -----------------------------------------------------------------------

  private guard<T>(name: string, f: () => T, fallback: T): T {
    try {
      return f();
    } catch (e) {
      this.connection.console.error(`Disclose ${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  }

  private async guardAsync<T>(name: string, f: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof Cancelled) return fallback;
      this.connection.console.error(`Disclose ${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  }
}

declare const SERVER_VERSION: string;
