// The code action provider on its own: the quick fixes a diagnostic's data leads to, as the
// edits a client applies (the .disclose.yaml ones minimal, comments kept).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { DEFAULT_POLICY } from '../../server/src/analysis/config/config';
import { resolvePolicyPack } from '../../server/src/analysis/policy/policy-pack';
import { type CodeActionContext, codeActions, declareRecipientEdit } from '../../server/src/lsp/code-action-provider';
import { CLIENT_COMMANDS, type DiagnosticData } from '../../shared/protocol';

const ROOT = path.resolve('/work/nettbutikk');
const SOURCE_FILE = path.join(ROOT, 'src/checkout/notify.ts');
const CONFIG_FILE = path.join(ROOT, '.disclose.yaml');
const CONFIG_URI = pathToFileURL(CONFIG_FILE).href;

const SOURCE = `import type { Order } from './types';

export async function notifyWarehouse(order: Order) {
  const payload = {
    orderId: order.id,
    email: order.customer.email,
    items: order.lines.length,
  };
  await fetch('https://hooks.zapier.com/hooks/catch/4471/warehouse', { method: 'POST', body: JSON.stringify(payload) });
}
`;

const CONFIG = `# Nettbutikken
policy: visma-no
recipients:
  # Payments, DPA signed
  - id: klarna
    category: partner
    match: { packages: ['@klarna/checkout'] }
`;

const FETCH_LINE = 8;

function data(overrides: Partial<DiagnosticData>): DiagnosticData {
  return {
    ruleId: 'undeclared-recipient',
    recipient: null,
    recipientCategory: null,
    host: 'hooks.zapier.com',
    endpoint: 'https://hooks.zapier.com/hooks/catch/4471/warehouse',
    vendor: null,
    packageName: null,
    clause: null,
    clauseHref: null,
    missing: [],
    configFile: CONFIG_FILE,
    fields: [{ name: 'email', line: 5, character: 4, endLine: 5, endCharacter: 4 + 'email: order.customer.email'.length }],
    version: 1,
    ...overrides,
  };
}

function diagnostic(d: DiagnosticData): Diagnostic {
  return {
    range: { start: { line: FETCH_LINE, character: 8 }, end: { line: FETCH_LINE, character: 120 } },
    message: 'e-mail address is sent to hooks.zapier.com',
    source: 'disclose',
    code: d.ruleId,
    data: d,
  };
}

function context(diagnostics: Diagnostic[], overrides: Partial<CodeActionContext> = {}): CodeActionContext {
  const files = new Map([[CONFIG_FILE, CONFIG]]);
  return {
    doc: TextDocument.create(pathToFileURL(SOURCE_FILE).href, 'typescript', 1, SOURCE),
    diagnostics,
    locale: 'en',
    categoryPicker: false,
    selectSuppressionReason: false,
    canCreateFiles: true,
    readText: (f) => files.get(f),
    configFileFor: () => CONFIG_FILE,
    policy: { ...resolvePolicyPack(DEFAULT_POLICY, undefined), source: { href: 'https://example.org/privacy' } },
    recipientIds: () => ['klarna'],
    ...overrides,
  };
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'text', 1, text), edits);
}

function titled(actions: CodeAction[], start: string): CodeAction {
  const a = actions.find((x) => x.title.startsWith(start));
  assert.ok(a, `no action "${start}…" among ${actions.map((x) => x.title).join(' | ')}`);
  return a;
}

describe('code action provider', () => {
  it('offers, for an undeclared recipient, declaring it (preferred), removing the field, the policy and a suppression', () => {
    const actions = codeActions(context([diagnostic(data({}))]));
    assert.deepEqual(
      actions.map((a) => [a.title.split(' ')[0], a.isPreferred === true]),
      [
        ['Declare', true],
        ['Remove', false],
        ['Open', false],
        ['Suppress', false],
      ],
    );
  });

  it('declares the recipient with one insertion into .disclose.yaml, comments kept', () => {
    const declare = titled(codeActions(context([diagnostic(data({}))])), 'Declare hooks.zapier.com');
    const edits = declare.edit!.changes![CONFIG_URI]!;
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0]!.range.start, edits[0]!.range.end, 'inserts, replaces nothing');
    assert.equal(edits[0]!.range.start.line, CONFIG.split('\n').length - 1, 'after the last entry');
    const after = apply(CONFIG, edits);
    assert.ok(after.startsWith(CONFIG));
    assert.ok(after.includes('# Payments, DPA signed'));
    const recipients = (parse(after) as { recipients: Array<{ id: string; category: string; match: { hosts?: string[] } }> }).recipients;
    assert.equal(recipients.length, 2);
    assert.equal(recipients[0]!.id, 'klarna');
    assert.match(recipients[1]!.id, /zapier/);
    assert.deepEqual(recipients[1]!.match.hosts, ['hooks.zapier.com']);
    assert.match(recipients[1]!.category, /^CHOOSE-/, 'a client that cannot ask gets a placeholder to choose');
  });

  it('creates .disclose.yaml through documentChanges when there is none', () => {
    const declare = titled(codeActions(context([diagnostic(data({ configFile: null }))], { readText: () => undefined })), 'Declare');
    const [create, edit] = declare.edit!.documentChanges! as [{ kind: string; uri: string }, { edits: TextEdit[] }];
    assert.equal(create.kind, 'create');
    assert.equal(create.uri, CONFIG_URI);
    const text = apply('', edit.edits);
    assert.deepEqual((parse(text) as { recipients: Array<{ match: { hosts: string[] } }> }).recipients[0]!.match.hosts, [
      'hooks.zapier.com',
    ]);
  });

  it('leaves the category to the client when it can ask (a command instead of an edit)', () => {
    const declare = titled(codeActions(context([diagnostic(data({}))], { categoryPicker: true })), 'Declare');
    assert.equal(declare.edit, undefined);
    assert.equal(declare.command?.command, CLIENT_COMMANDS.declareRecipient);
    assert.equal((declare.command?.arguments?.[0] as { host: string }).host, 'hooks.zapier.com');
  });

  it('adds a missing clause condition to the recipient as one new line', () => {
    const d = diagnostic(
      data({
        ruleId: 'clause-condition-unmet',
        recipient: 'klarna',
        missing: ['purposes'],
        clauseHref: 'https://example.org/privacy#partners',
        clause: 'partners',
      }),
    );
    const actions = codeActions(context([d]));
    const add = titled(actions, 'Add purposes');
    assert.equal(add.isPreferred, true);
    const edits = add.edit!.changes![CONFIG_URI]!;
    assert.equal(edits.length, 1);
    const after = apply(CONFIG, edits);
    assert.ok(after.startsWith(CONFIG), 'only appended under the entry');
    assert.deepEqual((parse(after) as { recipients: Array<{ purposes: string[] }> }).recipients[0]!.purposes, ['delivering-the-service']);
    assert.equal(titled(actions, 'Open the policy clause').command?.arguments?.[0], 'https://example.org/privacy#partners');
  });

  it('removes a payload field with its line, leaving the object tidy', () => {
    const remove = titled(codeActions(context([diagnostic(data({}))])), 'Remove the field "email"');
    const after = apply(SOURCE, remove.edit!.changes![pathToFileURL(SOURCE_FILE).href]!);
    assert.ok(after.includes('    orderId: order.id,\n    items: order.lines.length,\n'), after);
    assert.ok(!after.includes('email'));
  });

  it('suppresses above the call at its indentation, with a reason to fill in (bokmål for a Norwegian user)', () => {
    const suppress = titled(codeActions(context([diagnostic(data({}))], { locale: 'nb' })), 'Undertrykk');
    const after = apply(SOURCE, suppress.edit!.changes![pathToFileURL(SOURCE_FILE).href]!);
    const lines = after.split('\n');
    assert.match(lines[FETCH_LINE]!, /^ {2}\/\/ disclose-ignore-next-line BEGRUNNELSE: /);
    assert.match(lines[FETCH_LINE + 1]!, /^ {2}await fetch\(/);
  });

  it('ignores diagnostics of other tools', () => {
    const foreign: Diagnostic = { ...diagnostic(data({})), source: 'eslint' };
    assert.deepEqual(codeActions(context([foreign])), []);
  });

  it('declares with the category the user picked through the command', () => {
    const ctx = context([]);
    const edit = declareRecipientEdit(
      ctx,
      {
        uri: ctx.doc.uri,
        host: 'api.mailgun.net',
        packageName: null,
        vendor: null,
        endpoint: 'https://api.mailgun.net/v3',
        category: 'partner',
      },
      CONFIG_FILE,
    );
    const after = apply(CONFIG, edit.changes![CONFIG_URI]!);
    const added = (parse(after) as { recipients: Array<{ category: string; match: { hosts: string[] } }> }).recipients[1]!;
    assert.equal(added.category, 'partner');
    assert.deepEqual(added.match.hosts, ['api.mailgun.net']);
  });
});
