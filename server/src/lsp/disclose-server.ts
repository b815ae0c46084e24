import * as path from 'node:path';
import { isInside } from '../analysis/workspace/safe-fs';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, type DiscloseConfig } from '../analysis/config';
import type { Finding } from '../analysis/finding';
import { isSourceFile } from '../analysis/program-builder';
import { codeActions, declareRecipientEdit, defaultConfigFile } from './code-action-provider';
import { yamlCompletions, yamlHover } from './disclose-yaml-support';
import { findingToDiagnostic, uriOf } from './finding-to-diagnostic';
import { findingHover } from './hover-provider';
import { local } from './hover-text';
import { payloadFields } from './payload-fields';
import { CATEGORIES_REQUEST, SERVER_COMMANDS, STATUS_NOTIFICATION, type CategoriesParams, type CategoryItem, type DeclareRecipientArgs, type InitializationOptions, type StarterConfigResult, type StatusParams } from './protocol';
import { renderHtml } from '../reporting/render-html';
import { buildSharingReport } from '../reporting/sharing-report';
import { starterConfig } from '../reporting/starter-config';
import { DEFAULT_SETTINGS, normaliseSettings, type DiscloseSettings } from './settings';
import { isProjectInput } from '../analysis/project-model';
import { Cancelled, fileOfUri, WorkspaceState } from './workspace-state';

interface Cached {
  version: number;
  generation: number;
  configGeneration: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

interface Capabilities {
  pull: boolean;
  refresh: boolean;
  relatedInformation: boolean;
  codeDescription: boolean;
  configuration: boolean;
  watchedFilesRegistration: boolean;
  showDocument: boolean;
  resourceOperations: boolean;
  workspaceFolders: boolean;
}

function readCapabilities(c: ClientCapabilities): Capabilities {
  return {
    pull: !!c.textDocument?.diagnostic,
    refresh: !!c.workspace?.diagnostics?.refreshSupport,
    relatedInformation: !!c.textDocument?.publishDiagnostics?.relatedInformation || !!c.textDocument?.diagnostic,
    codeDescription: !!c.textDocument?.publishDiagnostics?.codeDescriptionSupport || !!c.textDocument?.diagnostic,
    configuration: !!c.workspace?.configuration,
    watchedFilesRegistration: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    showDocument: !!c.window?.showDocument?.support,
    resourceOperations: !!c.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
    workspaceFolders: !!c.workspace?.workspaceFolders,
  };
}

const isConfigFile = (file: string) => path.basename(file) === CONFIG_FILE_NAME;

/**
 * The Disclose language server: binds LSP handlers to the engine. Each handler catches its
 * own errors, logs them and answers, so that nothing a document does can stop the server.
 */
export class DiscloseServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly state: WorkspaceState;
  private caps!: Capabilities;
  private init: InitializationOptions = {};
  private locale: string | undefined;
  private readonly cache = new Map<string, Cached>();
  private readonly generation = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastSettings = new Map<string, DiscloseSettings>();
  private readonly settingsCache = new Map<string, Promise<DiscloseSettings>>();
  private globalSettings: DiscloseSettings = DEFAULT_SETTINGS;
  private refreshTimer: NodeJS.Timeout | undefined;
  private publishedConfigProblems = new Set<string>();

  constructor(private readonly connection: Connection) {
    this.state = new WorkspaceState(this.documents, (folder) => this.lastSettings.get(folder) ?? this.globalSettings);
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
    c.onExecuteCommand((p) => this.guardAsync('command', () => this.executeCommand(p.command, p.arguments ?? []), null));
    c.onRequest(CATEGORIES_REQUEST, (p: CategoriesParams) => this.guard('categories', () => this.categories(p.uri), []));
    c.languages.diagnostics.on((p, token) =>
      this.guardAsync('diagnostics', async () => ({ kind: DocumentDiagnosticReportKind.Full, items: await this.diagnosticsFor(p.textDocument.uri, () => token.isCancellationRequested) }), { kind: DocumentDiagnosticReportKind.Full, items: [] }),
    );
    c.onShutdown(() => {
      for (const t of this.timers.values()) clearTimeout(t);
    });
    this.documents.onDidOpen((e) => this.guard('open', () => this.documentChanged(e.document, true), undefined));
    this.documents.onDidChangeContent((e) => this.guard('change', () => this.documentChanged(e.document, false), undefined));
    this.documents.onDidClose((e) => this.guard('close', () => this.documentClosed(e.document), undefined));
    this.documents.listen(c);
    c.listen();
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  private initialize(p: InitializeParams): InitializeResult {
    this.caps = readCapabilities(p.capabilities);
    this.init = (p.initializationOptions ?? {}) as InitializationOptions;
    this.locale = this.init.locale ?? p.locale;
    const folders = (p.workspaceFolders ?? []).map((f) => fileOfUri(f.uri)).filter((f): f is string => !!f);
    if (folders.length === 0 && p.rootUri) {
      const root = fileOfUri(p.rootUri);
      if (root) folders.push(root);
    }
    this.folders = folders;
    this.state.setFolders(folders);
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
    if (this.caps.pull) result.capabilities.diagnosticProvider = { identifier: 'disclose', interFileDependencies: true, workspaceDiagnostics: false };
    return result;
  }

  private initialized(): void {
    if (this.caps.watchedFilesRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.disclose.yaml' }, { globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}' }, { globPattern: '**/{tsconfig,jsconfig}*.json' }, { globPattern: '**/package.json' }],
      });
    }
    if (this.caps.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) =>
        this.guard('folders', () => {
          const current = new Set(this.currentFolders());
          for (const r of e.removed) current.delete(fileOfUri(r.uri) ?? '');
          for (const a of e.added) current.add(fileOfUri(a.uri) ?? '');
          this.folders = [...current].filter(Boolean);
          this.state.setFolders(this.folders);
          this.refreshAll();
        }, undefined),
      );
    }
  }

  private folders: string[] = [];
  private currentFolders(): string[] {
    return this.folders;
  }

  // ---- settings -----------------------------------------------------------------------------

  /**
   * A document's settings, asked of the client once and kept until it says the configuration
   * changed: a round trip per keystroke would be most of an edit's latency.
   */
  private settingsFor(uri: string): Promise<DiscloseSettings> {
    if (!this.caps.configuration) return Promise.resolve(this.globalSettings);
    let pending = this.settingsCache.get(uri);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'disclose' }).then((raw) => {
        const s = normaliseSettings(raw);
        const file = fileOfUri(uri);
        if (file) this.lastSettings.set(this.state.folderOf(file), s);
        return s;
      });
      this.settingsCache.set(uri, pending);
      pending.catch(() => this.settingsCache.delete(uri));
    }
    return pending;
  }

  private configurationChanged(settings: unknown): void {
    this.settingsCache.clear();
    const s = (settings as { disclose?: unknown } | undefined)?.disclose;
    if (s !== undefined) this.globalSettings = normaliseSettings(s);
    this.state.filesCreatedOrDeleted();
    this.refreshAll();
  }

  // ---- documents ----------------------------------------------------------------------------

  private documentChanged(doc: TextDocument, opened: boolean): void {
    const file = fileOfUri(doc.uri);
    if (!file) return;
    this.state.fileChanged(file);
    if (isConfigFile(file)) {
      this.publishConfigProblems();
      this.refreshAll();
      return;
    }
    if (isProjectInput(file)) {
      // Imports now resolve differently: every open document is analysed again.
      this.refreshAll();
      return;
    }
    if (!isSourceFile(file)) return;
    for (const dep of this.state.dependentsOf(file)) this.bump(uriOf(dep));
    if (!opened) for (const imported of this.importedOpenDocuments(file)) this.bump(imported);
    if (this.caps.pull) this.scheduleRefresh();
    else {
      this.schedule(doc.uri);
      for (const dep of this.state.dependentsOf(file)) if (this.documents.get(uriOf(dep))) this.schedule(uriOf(dep));
    }
  }

  /** Open documents that import nothing changed still hold results keyed by version; bump the rest. */
  private importedOpenDocuments(file: string): string[] {
    const out: string[] = [];
    for (const d of this.documents.all()) {
      const f = fileOfUri(d.uri);
      if (f && f !== file && this.state.dependentsOf(f).includes(file)) out.push(d.uri);
    }
    return out;
  }

  private documentClosed(doc: TextDocument): void {
    this.cache.delete(doc.uri);
    this.settingsCache.delete(doc.uri);
    const file = fileOfUri(doc.uri);
    if (file) this.state.fileChanged(file);
    if (file && isConfigFile(file)) {
      this.publishConfigProblems();
      this.refreshAll();
    } else if (file && isProjectInput(file)) this.refreshAll();
    if (!this.caps.pull) void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    this.sendStatus();
  }

  private watchedFilesChanged(changes: Array<{ uri: string; type: FileChangeType }>): void {
    let configs = false;
    let structure = false;
    for (const ch of changes) {
      const file = fileOfUri(ch.uri);
      if (!file || this.documents.get(ch.uri)) continue;
      if (isConfigFile(file) || /\.ya?ml$/.test(file)) configs = true;
      if (ch.type !== FileChangeType.Changed) structure = true;
      else if (isProjectInput(file)) this.state.fileChanged(file);
      else if (isSourceFile(file)) {
        this.state.fileChanged(file);
        for (const dep of this.state.dependentsOf(file)) this.bump(uriOf(dep));
      }
    }
    if (structure) this.state.filesCreatedOrDeleted();
    if (configs) {
      for (const ch of changes) {
        const file = fileOfUri(ch.uri);
        if (file) this.state.configs.invalidate(file);
      }
      this.publishConfigProblems();
    }
    this.refreshAll();
  }

  private bump(uri: string): void {
    this.generation.set(uri, (this.generation.get(uri) ?? 0) + 1);
  }

  // ---- diagnostics ----------------------------------------------------------------------------

  /** Push mode: one debounced, cancellable analysis per document. */
  private schedule(uri: string): void {
    const existing = this.timers.get(uri);
    if (existing) clearTimeout(existing);
    const file = fileOfUri(uri);
    const delay = (file ? this.lastSettings.get(this.state.folderOf(file))?.debounceMs : undefined) ?? this.globalSettings.debounceMs;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.guardAsync('publish', async () => {
          const doc = this.documents.get(uri);
          if (!doc) return;
          const version = doc.version;
          const diagnostics = await this.diagnosticsFor(uri, () => this.documents.get(uri)?.version !== version);
          if (this.documents.get(uri)?.version === version) await this.connection.sendDiagnostics({ uri, version, diagnostics });
        }, undefined);
      }, delay),
    );
  }

  private scheduleRefresh(): void {
    if (!this.caps.refresh) return;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.guard('refresh', () => this.connection.languages.diagnostics.refresh(), undefined);
    }, 50);
  }

  private refreshAll(): void {
    for (const uri of this.cache.keys()) this.bump(uri);
    if (this.caps.pull) this.scheduleRefresh();
    else for (const d of this.documents.all()) if (isSourceFile(fileOfUri(d.uri) ?? '')) this.schedule(d.uri);
  }

  private async diagnosticsFor(uri: string, cancelled: () => boolean): Promise<Diagnostic[]> {
    const result = await this.analysisOf(uri, cancelled);
    return result?.diagnostics ?? [];
  }

  private async analysisOf(uri: string, cancelled: () => boolean): Promise<Cached | undefined> {
    const doc = this.documents.get(uri);
    const file = fileOfUri(uri);
    if (!doc || !file || !isSourceFile(file)) return undefined;
    const settings = await this.settingsFor(uri);
    const generation = this.generation.get(uri) ?? 0;
    const configGeneration = this.state.configs.generation;
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.generation === generation && hit.configGeneration === configGeneration) return hit;
    let entry: Cached;
    try {
      const analysis = this.state.analyzeDocument(doc, settings, () => {
        if (cancelled()) throw new Cancelled();
      });
      if (analysis.skipped) this.connection.console.info(`Disclose skipped ${file}: ${analysis.skipped}`);
      const sf = analysis.program?.getSourceFile(file);
      const diagnostics: Diagnostic[] = [];
      const policyHref = analysis.findings.length ? this.state.configs.configFor(file, settings.policy).policy.source?.href ?? null : null;
      for (const f of analysis.findings) {
        const d = findingToDiagnostic(f, settings, { fields: payloadFields(f, sf), version: doc.version, policyHref });
        if (!d) continue;
        if (!this.caps.relatedInformation) delete d.relatedInformation;
        if (!this.caps.codeDescription) delete d.codeDescription;
        diagnostics.push(d);
      }
      entry = { version: doc.version, generation, configGeneration, findings: analysis.findings, diagnostics };
    } catch (e) {
      if (e instanceof Cancelled) throw e;
      // A crash in one file's analysis: log it and clear that file's diagnostics, never stale.
      this.connection.console.error(`Disclose could not analyse ${file}: ${(e as Error).stack ?? e}`);
      entry = { version: doc.version, generation, configGeneration, findings: [], diagnostics: [] };
    }
    this.cache.set(uri, entry);
    this.sendStatus();
    return entry;
  }

  private publishConfigProblems(): void {
    const broken = new Set(this.state.configs.brokenFiles());
    const known = new Set([...broken, ...this.publishedConfigProblems]);
    for (const d of this.documents.all()) {
      const f = fileOfUri(d.uri);
      if (f && isConfigFile(f)) known.add(f);
    }
    for (const file of known) {
      const problems = this.state.configs.problemsOf(file);
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        range: { start: { line: p.line, character: p.column }, end: { line: p.endLine, character: Math.max(p.endColumn, p.line === p.endLine ? p.column + 1 : p.endColumn) } },
        severity: 1,
        source: 'disclose',
        code: 'invalid-configuration',
        message: `${p.message} (the last valid configuration stays in force)`,
      }));
      void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics });
      if (diagnostics.length) this.publishedConfigProblems.add(file);
      else this.publishedConfigProblems.delete(file);
    }
    this.sendStatus();
  }

  private sendStatus(): void {
    let errors = 0;
    let warnings = 0;
    let information = 0;
    for (const c of this.cache.values())
      for (const d of c.diagnostics) {
        if (d.severity === 1) errors++;
        else if (d.severity === 2) warnings++;
        else information++;
      }
    const policies = new Set<string>();
    for (const d of this.documents.all()) {
      const f = fileOfUri(d.uri);
      if (f && isSourceFile(f)) policies.add(this.configOf(f).policy.id);
    }
    if (policies.size === 0) policies.add(this.configOf(path.join(this.folders[0] ?? process.cwd(), 'x.ts')).policy.id);
    const params: StatusParams = { policies: [...policies], errors, warnings, information, brokenConfig: this.state.configs.brokenFiles()[0] };
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
  }

  private configOf(file: string): DiscloseConfig {
    const s = this.lastSettings.get(this.state.folderOf(file)) ?? this.globalSettings;
    return this.state.configs.configFor(file, s.policy);
  }

  // ---- hover, code actions, completion ------------------------------------------------------

  private async hover(uri: string, position: { line: number; character: number }) {
    const file = fileOfUri(uri);
    const doc = this.documents.get(uri);
    if (!file || !doc) return null;
    if (isConfigFile(file)) return yamlHover(doc, position, this.state.configs.load(file)?.policy ?? this.configOf(path.join(path.dirname(file), 'x.ts')).policy, this.locale);
    const result = await this.analysisOf(uri, () => false);
    if (!result) return null;
    const shown = result.findings.filter((f) => result.diagnostics.some((d) => d.range.start.line === f.location.line && d.range.start.character === f.location.column));
    return findingHover(shown, file, position, (f) => this.configOf(f.location.file), this.locale);
  }

  private codeActions(uri: string, diagnostics: Diagnostic[]) {
    const doc = this.documents.get(uri);
    const file = fileOfUri(uri);
    if (!doc || !file || !isSourceFile(file)) return [];
    const config = this.configOf(file);
    return codeActions({
      doc,
      diagnostics,
      locale: this.locale,
      categoryPicker: !!this.init.categoryPicker,
      selectSuppressionReason: !!this.init.selectSuppressionReason,
      canCreateFiles: this.caps.resourceOperations,
      readText: (f) => this.state.readText(f),
      configFileFor: (u) => this.configFileFor(u),
      policyHref: config.policy.source?.href ?? null,
      recipientIds: (f) => this.state.configs.load(f)?.recipients.map((r) => r.id) ?? [],
    });
  }

  private configFileFor(uriOrFile: string): string {
    const file = fileOfUri(uriOrFile) ?? uriOrFile;
    return this.state.configs.configFileFor(file) ?? defaultConfigFile(this.state.folderOf(file));
  }

  private completion(uri: string, position: { line: number; character: number }) {
    const file = fileOfUri(uri);
    const doc = this.documents.get(uri);
    if (!file || !doc || !isConfigFile(file)) return [];
    const pack = this.state.configs.load(file)?.policy ?? this.configOf(path.join(path.dirname(file), 'x.ts')).policy;
    return yamlCompletions(doc, position, pack, this.locale);
  }

  private categories(uri: string): CategoryItem[] {
    const file = fileOfUri(uri);
    if (!file) return [];
    const pack = this.configOf(file).policy;
    return pack.recipientCategories.map((c) => {
      const clause = pack.clauses.find((x) => x.id === c.clause)!;
      return { id: c.id, label: local(c.label, this.locale), clauseTitle: local(clause.title, this.locale), clauseHref: clause.href };
    });
  }

  private async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    if (command === SERVER_COMMANDS.openClause) {
      const href = String(args[0] ?? '');
      if (!/^https?:\/\//.test(href)) return null;
      if (this.caps.showDocument) await this.connection.window.showDocument({ uri: href, external: true });
      else this.connection.window.showInformationMessage(`Policy clause: ${href}`);
      return href;
    }
    if (command === SERVER_COMMANDS.declareRecipient) {
      const a = args[0] as DeclareRecipientArgs;
      const edit = declareRecipientEdit(
        {
          readText: (f) => this.state.readText(f),
          recipientIds: (f) => this.state.configs.load(f)?.recipients.map((r) => r.id) ?? [],
          canCreateFiles: this.caps.resourceOperations,
          configFileFor: (u) => this.configFileFor(u),
        },
        a,
        null,
      );
      const applied = await this.connection.workspace.applyEdit({ label: 'Declare recipient', edit });
      return applied.applied;
    }
    if (command === SERVER_COMMANDS.starterConfig || command === SERVER_COMMANDS.sharingReport) {
      // Only a workspace folder (or a folder inside one): a client must not point the server at `/`.
      const requested = args[0] === undefined || args[0] === null ? undefined : fileOfUri(String(args[0]));
      const folder = requested === undefined ? this.folders[0] : this.folders.find((f) => isInside(path.resolve(requested), f)) && path.resolve(requested);
      if (!folder) {
        if (requested !== undefined) this.connection.console.warn(`Disclose: ${command} refused a folder outside the workspace`);
        return null;
      }
      const settings = await this.settingsFor(uriOf(path.join(folder, 'x.ts')));
      if (command === SERVER_COMMANDS.starterConfig) {
        const { flows, configs } = this.state.analyzeFolder(folder, settings, { ignoreConfig: true });
        const file = path.join(folder, CONFIG_FILE_NAME);
        const result: StarterConfigResult = { file, text: starterConfig(flows, configs[0]?.policy ?? this.configOf(file).policy), exists: this.state.readText(file) !== undefined };
        return result;
      }
      const { flows, configs, files } = this.state.analyzeFolder(folder, settings, { ignoreConfig: false });
      const pack = configs[0]?.policy ?? this.configOf(path.join(folder, 'x.ts')).policy;
      return renderHtml(buildSharingReport(flows, pack, configs.filter((c) => c.file), folder, files));
    }
    return null;
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
