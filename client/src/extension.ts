import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
  CATEGORIES_REQUEST,
  type CategoryItem,
  CLIENT_COMMANDS,
  type DeclareRecipientArgs,
  type DiagnosticData,
  SERVER_COMMANDS,
  type StarterConfigResult,
  STATUS_NOTIFICATION,
  type StatusParams,
} from '../../shared/protocol';
import { StatusItem } from './status-item';
import { trustedSection } from './workspace-trust';

let client: LanguageClient | undefined;

/**
 * Starts the bundled Disclose language server and adds the commands around it. Nothing in
 * the workspace is executed: the server only reads files.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Disclose', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'typescript' },
      { scheme: 'file', language: 'typescriptreact' },
      { scheme: 'file', language: 'javascript' },
      { scheme: 'file', language: 'javascriptreact' },
      { scheme: 'file', pattern: '**/.disclose.yaml' },
    ],
    outputChannel: log,
    traceOutputChannel: log,
    initializationOptions: { categoryPicker: true, selectSuppressionReason: true, locale: vscode.env.language },
    middleware: {
      workspace: {
        // The server reads settings per resource; in an untrusted workspace the restricted ones are the user's own.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((r, i) => {
            const item = params.items[i];
            return item?.section === 'disclose' ? trustedSection(r, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : r;
          });
        },
      },
    },
  };
  // The id equals the settings prefix, so `disclose.trace.server` traces the protocol.
  client = new LanguageClient('disclose', 'Disclose', serverOptions, clientOptions);
  const status = new StatusItem();
  context.subscriptions.push(log, status);
  context.subscriptions.push(client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => status.update(p)));

  context.subscriptions.push(
    vscode.commands.registerCommand(CLIENT_COMMANDS.openClause, (href?: string) => openClause(href)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.declareRecipient, (args?: DeclareRecipientArgs) => declareRecipient(args)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, async () => {
      log.info('Restarting the Disclose language server');
      await client?.restart();
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showOutput, () => log.show(true)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showProblems, () => vscode.commands.executeCommand('workbench.actions.view.problems')),
    vscode.commands.registerCommand(CLIENT_COMMANDS.createConfiguration, () => createConfiguration()),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showReport, () => showReport(context)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.selectSuppressionReason, (uri: string, line: number, start: number, end: number) =>
      selectRange(uri, line, start, end),
    ),
  );
  // Tells the server when `disclose.*` changes (it then reads the settings per resource), with
  // the values trust allows; granting trust brings in the workspace's restricted values.
  const pushSettings = () =>
    void client?.sendNotification('workspace/didChangeConfiguration', {
      settings: { disclose: trustedSection(vscode.workspace.getConfiguration().get('disclose'), undefined) },
    });
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('disclose') && pushSettings()),
    vscode.workspace.onDidGrantWorkspaceTrust(pushSettings),
  );
  await client.start();
  pushSettings();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Disclose's diagnostics under the cursor of the active editor. */
function diagnosticsAtCursor(): vscode.Diagnostic[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  return vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === 'disclose' && d.range.contains(editor.selection.active));
}

async function openClause(href?: string): Promise<void> {
  let target = href;
  if (!target) {
    const d = diagnosticsAtCursor().find((x) => typeof x.code === 'object' && x.code.target);
    target = d && typeof d.code === 'object' ? d.code.target.toString() : undefined;
  }
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a Disclose finding to open its policy clause.'));
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(target));
}

async function declareRecipient(args?: DeclareRecipientArgs): Promise<boolean> {
  let a = args;
  if (!a) {
    const editor = vscode.window.activeTextEditor;
    const d = diagnosticsAtCursor()[0];
    const data = (d as unknown as { data?: DiagnosticData } | undefined)?.data;
    if (!editor || !data || (!data.host && !data.vendor)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a Disclose finding about an undeclared recipient.'));
      return false;
    }
    a = {
      uri: editor.document.uri.toString(),
      host: data.host,
      packageName: data.packageName,
      vendor: data.vendor,
      endpoint: data.endpoint,
    };
  }
  if (!client) return false;
  const categories = await client.sendRequest<CategoryItem[]>(CATEGORIES_REQUEST, { uri: a.uri });
  const picked = await vscode.window.showQuickPick(
    categories.map((c) => ({ label: c.id, description: c.label, detail: c.clauseTitle, id: c.id })),
    {
      title: vscode.l10n.t('Declare {0} as a recipient', a.vendor ?? a.host ?? ''),
      placeHolder: vscode.l10n.t('Which kind of recipient is it, under the policy?'),
    },
  );
  if (!picked) return false;
  return (await vscode.commands.executeCommand<boolean>(SERVER_COMMANDS.declareRecipient, { ...a, category: picked.id })) === true;
}

async function selectRange(uri: string, line: number, start: number, end: number): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (!editor) return;
  editor.selection = new vscode.Selection(line, start, line, end);
  editor.revealRange(editor.selection);
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which workspace folder?') });
}

/**
 * "Disclose: Create Configuration": a starter .disclose.yaml. An existing one is changed only if the
 * user agrees, with a backup, and then keeps its policy and recipients (the server adds what the
 * code shares beyond them, as `disclose init --force` does).
 */
async function createConfiguration(): Promise<void> {
  const folder = await pickFolder();
  if (!folder) return;
  const result = await vscode.commands.executeCommand<StarterConfigResult | null>(SERVER_COMMANDS.starterConfig, folder.uri.toString());
  if (!result) return;
  const target = vscode.Uri.file(result.file);
  if (result.exists) {
    const replace = vscode.l10n.t('Add the new recipients (keep a backup)');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', '.disclose.yaml'), { modal: true }, replace);
    if (answer !== replace) return;
    await vscode.workspace.fs.copy(target, target.with({ path: target.path + '.bak' }), { overwrite: true });
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(target);
}

/** "Disclose: Show data-sharing report": the report of the workspace folder, in a webview without scripts. */
async function showReport(context: vscode.ExtensionContext): Promise<void> {
  const folder = await pickFolder();
  if (!folder) return;
  const html = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Disclose: analysing the workspace…') },
    () => Promise.resolve(vscode.commands.executeCommand<string | null>(SERVER_COMMANDS.sharingReport, folder.uri.toString())),
  );
  if (!html) return;
  const panel = vscode.window.createWebviewPanel(
    'disclose.report',
    vscode.l10n.t('Data-sharing report: {0}', folder.name),
    vscode.ViewColumn.Active,
    { enableScripts: false },
  );
  panel.webview.html = html.replace(
    '<head>',
    `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`,
  );
  context.subscriptions.push(panel);
}
