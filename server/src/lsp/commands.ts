import * as path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DeclareRecipientArgs, SERVER_COMMANDS } from '../../../shared/protocol';
import { isInside } from '../analysis/workspace/safe-fs';
import { runFolderJob } from './analysis-worker/folder-job';
import type { FolderJob } from './analysis-worker/messages';
import type { Capabilities } from './capabilities';
import { declareRecipientEdit } from './code-action-provider';
import type { SettingsStore } from './settings-store';
import { fileOfUri, pathToUri, type WorkspaceFolders } from './workspace-folders';

/**
 * The server's workspace/executeCommand commands. The report and the starter configuration
 * analyse a whole folder in a worker of their own; the LSP thread only waits for the answer.
 */
export class Commands {
  private readonly jobs = new Set<() => void>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: WorkspaceFolders,
    private readonly settings: SettingsStore,
    private readonly caps: () => Capabilities,
    private readonly workerScript: string,
    private readonly configFileFor: (uriOrFile: string) => string,
  ) {}

  async execute(command: string, args: unknown[]): Promise<unknown> {
    if (command === SERVER_COMMANDS.openClause) return this.openClause(String(args[0] ?? ''));
    if (command === SERVER_COMMANDS.declareRecipient) return this.declareRecipient(args[0] as DeclareRecipientArgs);
    if (command === SERVER_COMMANDS.starterConfig)
      return this.folderJob('starterConfig', args[0]).then((r) => (r && 'starter' in r ? r.starter : null));
    if (command === SERVER_COMMANDS.sharingReport)
      return this.folderJob('sharingReport', args[0]).then((r) => (r && 'html' in r ? r.html : null));
    return null;
  }

  /** Ends the folder jobs still running (at shutdown). */
  dispose(): void {
    for (const stop of this.jobs) stop();
    this.jobs.clear();
  }

  private async openClause(href: string): Promise<string | null> {
    if (!/^https?:\/\//.test(href)) return null;
    if (this.caps().showDocument) await this.connection.window.showDocument({ uri: href, external: true });
    else this.connection.window.showInformationMessage(`Policy clause: ${href}`);
    return href;
  }

  private async declareRecipient(a: DeclareRecipientArgs): Promise<boolean> {
    const edit = declareRecipientEdit(
      {
        readText: (f) => this.workspace.readText(f),
        recipientIds: (f) => this.workspace.configs.load(f)?.recipients.map((r) => r.id) ?? [],
        canCreateFiles: this.caps().resourceOperations,
        configFileFor: (u) => this.configFileFor(u),
        policy: this.workspace.configFor(fileOfUri(a.uri) ?? a.uri).policy,
      },
      a,
      null,
    );
    const applied = await this.connection.workspace.applyEdit({ label: 'Declare recipient', edit });
    return applied.applied;
  }

  private async folderJob(command: FolderJob['command'], arg: unknown) {
    // Only a workspace folder (or a folder inside one): a client must not point the server at `/`.
    const requested = arg === undefined || arg === null ? undefined : fileOfUri(String(arg));
    const folders = this.workspace.folders;
    const folder =
      requested === undefined ? this.workspace.first : folders.find((f) => isInside(path.resolve(requested), f)) && path.resolve(requested);
    if (!folder) {
      if (requested !== undefined) this.connection.console.warn(`Disclose: ${command} refused a folder outside the workspace`);
      return null;
    }
    const settings = await this.settings.settingsFor(pathToUri(folder));
    const inForce = new Map(this.workspace.configs.textsInForce().map((c) => [pathToUri(c.file), c.text]));
    const documents = this.documents.all().map((d) => ({ uri: d.uri, version: d.version, text: inForce.get(d.uri) ?? d.getText() }));
    for (const [uri, text] of inForce) if (!this.documents.get(uri)) documents.push({ uri, version: 0, text });
    const job = runFolderJob(this.workerScript, { command, folder, folders: [...folders], settings, documents });
    this.jobs.add(job.stop);
    try {
      return await job.result;
    } finally {
      this.jobs.delete(job.stop);
    }
  }
}
