import * as path from 'node:path';
import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CLIENT_COMMANDS, type DeclareRecipientArgs, type DiagnosticData, SERVER_COMMANDS } from '../../../shared/protocol';
import { CONFIG_FILE_NAME } from '../analysis/config/config';
import type { PolicyPack } from '../analysis/policy/policy-pack';
import { categoryPlaceholder, clauseCondition, conditionPlaceholder, policyReference } from '../reporting/policy-placeholders';
import { t } from './hover-text';
import { pathToUri } from './workspace-state';
import { addConditionEdits, addRecipientEdits, recipientIdFor, type YamlEdit } from './yaml-edits';

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
  /** The policy pack that governs the document: its categories, conditions and link. */
  policy: PolicyPack;
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
    const preferred =
      data.ruleId === 'undeclared-recipient' ? 'declare' : data.ruleId === 'clause-condition-unmet' ? 'condition' : 'clause';
    if (data.ruleId === 'undeclared-recipient' || data.ruleId === 'unresolved-endpoint') {
      const a = declareRecipient(ctx, d, data);
      if (a) out.push({ ...a, isPreferred: preferred === 'declare' });
    }
    if (data.ruleId === 'clause-condition-unmet' && data.recipient && data.configFile) {
      for (const field of data.missing) {
        const a = conditionAction(ctx, d, data, field);
        if (a) out.push({ ...a, isPreferred: preferred === 'condition' });
      }
    }
    for (const field of data.fields) out.push(removeField(ctx, d, field));
    const href = data.clauseHref ?? ctx.policy.source?.href ?? null;
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

/** Offsets of the old text as LSP ranges: only the spans that change, so comments and layout stay. */
function textEdits(uri: string, text: string, edits: readonly YamlEdit[]): TextEdit[] {
  const doc = TextDocument.create(uri, 'yaml', 0, text);
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

/** The file is read once: the edits are computed on the text they will apply to. */
function editFile(
  ctx: Pick<CodeActionContext, 'readText' | 'canCreateFiles'>,
  file: string,
  edits: (existing: string | undefined) => YamlEdit[],
): WorkspaceEdit {
  const uri = pathToUri(file);
  const existing = ctx.readText(file);
  const changes = textEdits(uri, existing ?? '', edits(existing));
  if (existing === undefined && ctx.canCreateFiles) {
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: changes },
      ],
    };
  }
  return { changes: { [uri]: changes } };
}

function declareRecipient(ctx: CodeActionContext, d: Diagnostic, data: DiagnosticData): CodeAction | undefined {
  const target = data.vendor ?? data.host;
  if (!target) return undefined;
  const args: DeclareRecipientArgs = {
    uri: ctx.doc.uri,
    host: data.host,
    packageName: data.packageName,
    vendor: data.vendor,
    endpoint: data.endpoint,
  };
  if (ctx.categoryPicker) {
    return {
      title: t(ctx.locale, 'declare', target),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Declare recipient', command: CLIENT_COMMANDS.declareRecipient, arguments: [args] },
    };
  }
  // Clients that cannot ask get the entry with a placeholder category to choose.
  const file = data.configFile ?? ctx.configFileFor(ctx.doc.uri);
  let edit: WorkspaceEdit;
  try {
    edit = editFile(ctx, file, (existing) => declaredRecipientEdits(ctx, file, existing, args, categoryPlaceholder(ctx.policy)));
  } catch {
    return undefined;
  }
  return { title: t(ctx.locale, 'declare', target), kind: CodeActionKind.QuickFix, diagnostics: [d], edit };
}

/** The edits of `existing` (the text of `file`, or undefined for a new file) that declare the recipient. */
export function declaredRecipientEdits(
  ctx: Pick<CodeActionContext, 'recipientIds' | 'policy'>,
  file: string,
  existing: string | undefined,
  args: DeclareRecipientArgs,
  category: string,
): YamlEdit[] {
  const id = recipientIdFor(args.host, args.vendor, ctx.recipientIds(file));
  return addRecipientEdits(
    existing,
    {
      id,
      name: args.vendor ?? args.host ?? id,
      category,
      hosts: args.vendor ? [] : args.host ? [args.host] : [],
      packages: args.vendor && args.packageName ? [args.packageName] : [],
    },
    policyReference(ctx.policy, path.dirname(file)),
  );
}

export function declareRecipientEdit(
  ctx: Pick<CodeActionContext, 'readText' | 'recipientIds' | 'canCreateFiles' | 'policy'> & { configFileFor(file: string): string },
  args: DeclareRecipientArgs,
  file: string | null,
): WorkspaceEdit {
  const target = file ?? ctx.configFileFor(args.uri);
  // Without a category chosen, the entry lists the pack's categories for the user to pick.
  return editFile(ctx, target, (existing) =>
    declaredRecipientEdits(ctx, target, existing, args, args.category ?? categoryPlaceholder(ctx.policy)),
  );
}

/** Adds a missing condition of the finding's clause, with the placeholder its pack gives. */
function conditionAction(ctx: CodeActionContext, d: Diagnostic, data: DiagnosticData, field: string): CodeAction | undefined {
  const file = data.configFile!;
  const text = ctx.readText(file);
  const condition = clauseCondition(ctx.policy, data.clause, field);
  if (text === undefined || !condition) return undefined;
  const value = conditionPlaceholder(condition);
  let edits: YamlEdit[];
  try {
    edits = addConditionEdits(text, data.recipient!, condition.field, value);
  } catch {
    return undefined;
  }
  const shown = `${field}: ${JSON.stringify(value)}`;
  const uri = pathToUri(file);
  return {
    title: t(ctx.locale, 'addCondition', shown, data.recipient!),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [uri]: textEdits(uri, text, edits) } },
  };
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
    action.command = {
      title: 'Select reason',
      command: CLIENT_COMMANDS.selectSuppressionReason,
      arguments: [ctx.doc.uri, line, col, col + reason.length],
    };
  }
  return action;
}

function addReason(ctx: CodeActionContext, d: Diagnostic): CodeAction {
  const reason = t(ctx.locale, 'reasonPlaceholder');
  const lineText = ctx.doc
    .getText({ start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
  const idx = lineText.indexOf('disclose-ignore-next-line') + 'disclose-ignore-next-line'.length;
  const pos = { line: d.range.start.line, character: idx };
  const action: CodeAction = {
    title: t(ctx.locale, 'addReason'),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: true,
    edit: { changes: { [ctx.doc.uri]: [{ range: { start: pos, end: pos }, newText: ` ${reason}` }] } },
  };
  if (ctx.selectSuppressionReason)
    action.command = {
      title: 'Select reason',
      command: CLIENT_COMMANDS.selectSuppressionReason,
      arguments: [ctx.doc.uri, pos.line, idx + 1, idx + 1 + reason.length],
    };
  return action;
}

export function defaultConfigFile(folder: string): string {
  return path.join(folder, CONFIG_FILE_NAME);
}
