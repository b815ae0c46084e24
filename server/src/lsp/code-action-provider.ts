import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../analysis/config';
import { t } from './hover-text';
import { CLIENT_COMMANDS, SERVER_COMMANDS, type DeclareRecipientArgs, type DiagnosticData } from '../../../shared/protocol';
import { addCondition, addRecipient, CONDITION_PLACEHOLDERS, recipientIdFor } from './yaml-edits';
import { pathToUri } from './workspace-state';

export interface CodeActionContext {
  doc: TextDocument;
  diagnostics: Diagnostic[];
  locale: string | undefined;
  /** The client asks for the category itself (VS Code quick pick). */
  categoryPicker: boolean;
  selectSuppressionReason: boolean;
  /** Create files through documentChanges (workspace.workspaceEdit.resourceOperations). */
  canCreateFiles: boolean;
  readText(file: string): string | undefined;
  /** Where a new .disclose.yaml goes: the workspace folder of the document. */
  configFileFor(file: string): string;
  policyHref: string | null;
  recipientIds(configFile: string): string[];
}

/** Quick fixes for Disclose's diagnostics, the most useful one preferred. */
export function codeActions(ctx: CodeActionContext): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of ctx.diagnostics) {
    // Some clients drop `source` on the way back; the data still says whose diagnostic it is.
    if (!d.data || (d.source !== undefined && d.source !== 'disclose') || typeof (d.data as DiagnosticData).ruleId !== 'string') continue;
    const data = d.data as DiagnosticData;
    if (data.ruleId === 'suppression-without-reason') {
      out.push(addReason(ctx, d));
      continue;
    }
    const preferred = data.ruleId === 'undeclared-recipient' ? 'declare' : data.ruleId === 'clause-condition-unmet' ? 'condition' : 'clause';
    if (data.ruleId === 'undeclared-recipient' || data.ruleId === 'unresolved-endpoint') {
      const a = declareRecipient(ctx, d, data);
      if (a) out.push({ ...a, isPreferred: preferred === 'declare' });
    }
    if (data.ruleId === 'clause-condition-unmet' && data.recipient && data.configFile) {
      for (const field of data.missing) {
        const a = conditionAction(ctx, d, data, field as keyof typeof CONDITION_PLACEHOLDERS);
        if (a) out.push({ ...a, isPreferred: preferred === 'condition' });
      }
    }
    for (const field of data.fields) out.push(removeField(ctx, d, field));
    const href = data.clauseHref ?? ctx.policyHref;
    if (href) {
      out.push({
        title: data.clauseHref ? t(ctx.locale, 'openClause', data.clause ?? href) : t(ctx.locale, 'openPolicy', href),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: preferred === 'clause',
        command: { title: 'Open clause', command: SERVER_COMMANDS.openClause, arguments: [href] },
      });
    }
    out.push(suppress(ctx, d));
  }
  return out;
}

function fullReplace(text: string | undefined, newText: string): TextEdit {
  const lines = (text ?? '').split('\n');
  return { range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, newText };
}

function editFile(ctx: CodeActionContext, file: string, newText: string): WorkspaceEdit {
  const uri = pathToUri(file);
  const existing = ctx.readText(file);
  if (existing === undefined && ctx.canCreateFiles) {
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
      ],
    };
  }
  return { changes: { [uri]: [fullReplace(existing, newText)] } };
}

function declareRecipient(ctx: CodeActionContext, d: Diagnostic, data: DiagnosticData): CodeAction | undefined {
  const target = data.vendor ?? data.host;
  if (!target) return undefined;
  const args: DeclareRecipientArgs = { uri: ctx.doc.uri, host: data.host, packageName: data.packageName, vendor: data.vendor, endpoint: data.endpoint };
  if (ctx.categoryPicker) {
    return { title: t(ctx.locale, 'declare', target), kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Declare recipient', command: CLIENT_COMMANDS.declareRecipient, arguments: [args] } };
  }
  // Clients that cannot ask get the entry with a placeholder category to choose.
  const file = data.configFile ?? ctx.configFileFor(ctx.doc.uri);
  let newText: string;
  try {
    newText = declaredRecipientText(ctx, file, args, 'CHOOSE-partner|group-company|public-forum|public-authority|acquirer');
  } catch {
    return undefined;
  }
  return { title: t(ctx.locale, 'declare', target), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: editFile(ctx, file, newText) };
}

export function declaredRecipientText(ctx: Pick<CodeActionContext, 'readText' | 'recipientIds'>, file: string, args: DeclareRecipientArgs, category: string): string {
  const id = recipientIdFor(args.host, args.vendor, ctx.recipientIds(file));
  return addRecipient(ctx.readText(file), {
    id,
    name: args.vendor ?? args.host ?? id,
    category,
    hosts: args.vendor ? [] : args.host ? [args.host] : [],
    packages: args.vendor && args.packageName ? [args.packageName] : [],
  });
}

export function declareRecipientEdit(ctx: Pick<CodeActionContext, 'readText' | 'recipientIds' | 'canCreateFiles'> & { configFileFor(file: string): string }, args: DeclareRecipientArgs, file: string | null): WorkspaceEdit {
  const target = file ?? ctx.configFileFor(args.uri);
  const text = declaredRecipientText(ctx, target, args, args.category ?? 'partner');
  return editFile(ctx as CodeActionContext, target, text);
}

function conditionAction(ctx: CodeActionContext, d: Diagnostic, data: DiagnosticData, field: keyof typeof CONDITION_PLACEHOLDERS): CodeAction | undefined {
  const file = data.configFile!;
  const text = ctx.readText(file);
  if (text === undefined || !(field in CONDITION_PLACEHOLDERS)) return undefined;
  let newText: string;
  try {
    newText = addCondition(text, data.recipient!, field);
  } catch {
    return undefined;
  }
  const shown = `${field}: ${JSON.stringify(CONDITION_PLACEHOLDERS[field])}`;
  return { title: t(ctx.locale, 'addCondition', shown, data.recipient!), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [pathToUri(file)]: [fullReplace(text, newText)] } } };
}

function removeField(ctx: CodeActionContext, d: Diagnostic, field: DiagnosticData['fields'][number]): CodeAction {
  const text = ctx.doc.getText();
  const start = ctx.doc.offsetAt({ line: field.line, character: field.character });
  let end = ctx.doc.offsetAt({ line: field.endLine, character: field.endCharacter });
  // Take the comma after the field, and the blank up to the next one, so the object stays tidy.
  const after = /^\s*,[ \t]*/.exec(text.slice(end));
  let from = start;
  if (after) end += after[0].length;
  else {
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) from = start - before[0].length;
  }
  if (after && /^\r?\n/.test(text.slice(end))) {
    // The field stood on its own line: remove the whole line.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (/^\s*$/.test(text.slice(lineStart, start))) {
      from = lineStart;
      end += /^\r?\n/.exec(text.slice(end))![0].length;
    }
  }
  return {
    title: t(ctx.locale, 'removeField', field.name),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [ctx.doc.uri]: [{ range: { start: ctx.doc.positionAt(from), end: ctx.doc.positionAt(end) }, newText: '' }] } },
  };
}

function suppress(ctx: CodeActionContext, d: Diagnostic): CodeAction {
  const line = d.range.start.line;
  const lineText = ctx.doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const reason = t(ctx.locale, 'reasonPlaceholder');
  const comment = `${indent}// disclose-ignore-next-line ${reason}\n`;
  const action: CodeAction = {
    title: t(ctx.locale, 'suppress'),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [ctx.doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: comment }] } },
  };
  if (ctx.selectSuppressionReason) {
    const col = indent.length + '// disclose-ignore-next-line '.length;
    action.command = { title: 'Select reason', command: CLIENT_COMMANDS.selectSuppressionReason, arguments: [ctx.doc.uri, line, col, col + reason.length] };
  }
  return action;
}

function addReason(ctx: CodeActionContext, d: Diagnostic): CodeAction {
  const reason = t(ctx.locale, 'reasonPlaceholder');
  const lineText = ctx.doc.getText({ start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const idx = lineText.indexOf('disclose-ignore-next-line') + 'disclose-ignore-next-line'.length;
  const pos = { line: d.range.start.line, character: idx };
  const action: CodeAction = {
    title: t(ctx.locale, 'addReason'),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: true,
    edit: { changes: { [ctx.doc.uri]: [{ range: { start: pos, end: pos }, newText: ` ${reason}` }] } },
  };
  if (ctx.selectSuppressionReason) action.command = { title: 'Select reason', command: CLIENT_COMMANDS.selectSuppressionReason, arguments: [ctx.doc.uri, pos.line, idx + 1, idx + 1 + reason.length] };
  return action;
}

export function defaultConfigFile(folder: string): string {
  return path.join(folder, CONFIG_FILE_NAME);
}
