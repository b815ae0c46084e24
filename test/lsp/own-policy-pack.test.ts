import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinPackTraces, OWN_POLICY_FIXTURE, OWN_POLICY_PACK_FILE, ownPack } from '../support/builtin-policy-traces';
import { LspClient, PUSH_CAPABILITIES } from '../support/lsp-client';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

/**
 * A company's own policy pack (test/fixtures/own-policy: Havbris Helse, with categories
 * processor, affiliate, regulator and patient-board), selected as the contract says: `policy:`
 * in .disclose.yaml names the pack file. Every front end must speak that pack and show nothing
 * of the built-in one: the CLI's text, SARIF, report and init, and the language server's
 * diagnostics, hovers, code actions, completion and commands.
 */
const PACK_ID = 'havbris-helse';
const CATEGORIES = ['processor', 'affiliate', 'regulator', 'patient-board'];
const POLICY_LINE = 'policy: ./privacy/havbris-policy.yaml';

function copyFixture(): string {
  const dir = makeTempDir('disclose-own-policy-');
  fs.cpSync(OWN_POLICY_FIXTURE, dir, { recursive: true });
  return dir;
}

function assertNoBuiltinPack(text: string, where: string): void {
  assert.deepEqual(builtinPackTraces(text), [], `${where} shows the built-in pack:\n${text.slice(0, 3000)}`);
}

const uri = (dir: string, rel: string) => pathToFileURL(path.join(dir, rel)).href;
const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const applyEdits = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits);

describe('a company policy pack in the CLI', () => {
  it('check names the pack, its categories and clauses, in text and SARIF', () => {
    const dir = copyFixture();
    const text = runCli(['check', '.', '--no-cache'], dir);
    assert.equal(text.status, 1, text.stderr);
    assert.match(
      text.stdout,
      /waitlist\.ts:5:\d+ +error +Sends e-mail address and name to hooks\.slotmailer\.example — not a declared recipient \(policy havbris-helse; declare it as one of: processor, affiliate, regulator, patient-board\)/,
    );
    assert.match(
      text.stdout,
      /a data processor — the clause "Processors acting for us" requires the purposes named in the processing agreement/,
    );
    assert.match(
      text.stdout,
      /a public patient board — the clause "The open patient board" of policy havbris-helse does not permit this data there +\[category-not-permitted\]/,
    );
    assertNoBuiltinPack(text.stdout + text.stderr, 'check (text)');

    const sarif = runCli(['check', '.', '--format', 'sarif', '--no-cache'], dir);
    assert.equal(sarif.status, 1, sarif.stderr);
    const run = (
      JSON.parse(sarif.stdout) as {
        runs: Array<{ results: Array<{ ruleId: string; properties: { recipientCategory: string | null; clause: string | null } }> }>;
      }
    ).runs[0]!;
    assert.deepEqual(run.results.map((r) => `${r.ruleId} ${r.properties.recipientCategory} ${r.properties.clause}`).sort(), [
      'category-not-permitted patient-board patient-board',
      'clause-condition-unmet processor data-processors',
      'clause-condition-unmet regulator supervision',
      'undeclared-recipient null null',
    ]);
    assert.match(sarif.stdout, /Clauses of policy `havbris-helse`/);
    assertNoBuiltinPack(sarif.stdout, 'check (SARIF)');
  });

  it('report organises the flows by the pack’s clauses', () => {
    const dir = copyFixture();
    for (const format of ['md', 'html', 'json']) {
      const r = runCli(['report', '.', '--format', format, '--no-cache'], dir);
      assert.equal(r.status, 0, r.stderr);
      for (const title of ['Processors acting for us', 'Supervisory authorities', 'The open patient board'])
        assert.ok(r.stdout.includes(title), `${format} report names "${title}"`);
      assert.ok(r.stdout.includes('SendSMS Norge'), `${format} report lists the recipient`);
      assertNoBuiltinPack(r.stdout, `report (${format})`);
    }
  });

  it('init --force keeps the policy line and offers the pack’s categories', () => {
    const dir = copyFixture();
    const before = read(dir, '.disclose.yaml');
    const r = runCli(['init', '.', '--force', '--no-cache'], dir);
    assert.equal(r.status, 0, r.stderr);
    const after = read(dir, '.disclose.yaml');
    assert.equal(read(dir, '.disclose.yaml.bak'), before);
    assert.ok(after.split('\n').includes(POLICY_LINE), after);
    assert.match(
      after,
      /- id: slotmailer\n\s+name: hooks\.slotmailer\.example\n\s+category: CHOOSE # one of: processor \| affiliate \| regulator \| patient-board/,
    );
    for (const id of ['sendsms', 'helsetilsynet', 'pasientforum']) assert.match(after, new RegExp(`- id: ${id}\\n`));
    assertNoBuiltinPack(after + r.stderr, 'init --force');
  });

  it('init --policy FILE writes a policy line that loads, and names only the pack’s conditions', () => {
    const dir = copyFixture();
    fs.rmSync(path.join(dir, '.disclose.yaml'));
    const r = runCli(['init', '.', '--policy', './privacy/havbris-policy.yaml', '--no-cache'], dir);
    assert.equal(r.status, 0, r.stderr);
    const text = read(dir, '.disclose.yaml');
    assert.ok(text.split('\n').includes(POLICY_LINE), text);
    assert.match(text, /conditions its clause needs \(purposes, legalBasis\)/);
    assert.match(text, /category: CHOOSE {2}# one of: processor \| affiliate \| regulator \| patient-board/);
    assertNoBuiltinPack(text, 'init --policy');
    // Once the user has chosen, the file is a working configuration under the pack.
    fs.writeFileSync(path.join(dir, '.disclose.yaml'), text.replace(/category: CHOOSE/g, 'category: affiliate'));
    const check = runCli(['check', '.', '--no-cache'], dir);
    assert.equal(check.status, 0, check.stdout + check.stderr);
  });
});

describe('a company policy pack in the language server', () => {
  let dir: string;
  let client: LspClient;
  const statuses: Array<{ policies: string[] }> = [];
  before(async () => {
    dir = copyFixture();
    client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    client.connection.onNotification('disclose/status', (p: { policies: string[] }) => statuses.push(p));
    await client.initialize();
  });
  after(() => client.kill());

  async function diagnosticsOf(rel: string, code: string): Promise<Diagnostic> {
    const u = uri(dir, rel);
    await client.open(u, read(dir, rel));
    const p = await client.waitForDiagnostics(u, (x) => x.diagnostics.some((d) => d.code === code));
    return p.diagnostics.find((d) => d.code === code)!;
  }

  function codeActions(rel: string, d: Diagnostic): Promise<CodeAction[]> {
    return client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(dir, rel) },
      range: d.range,
      context: { diagnostics: [d] },
    });
  }

  it('diagnostics, their hover and the status item speak the pack', async () => {
    const d = await diagnosticsOf('src/booking/waitlist.ts', 'undeclared-recipient');
    assert.match(d.message, /declare it as one of: processor, affiliate, regulator, patient-board\)$/);
    assert.equal(d.codeDescription?.href, 'https://havbris-helse.example/personvern');
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(dir, 'src/booking/waitlist.ts') },
      position: d.range.start,
    })) as Hover;
    const text = (hover.contents as { value: string }).value;
    for (const c of CATEGORIES) assert.ok(text.includes(`\`${c}\``), text);
    assertNoBuiltinPack(JSON.stringify(d) + text, 'undeclared-recipient diagnostic and hover');

    const board = await diagnosticsOf('src/community/board.ts', 'category-not-permitted');
    const boardHover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(dir, 'src/community/board.ts') },
      position: board.range.start,
    })) as Hover;
    assert.match(
      (boardHover.contents as { value: string }).value,
      /\[The open patient board\]\(https:\/\/havbris-helse\.example\/personvern#pasientforum\)/,
    );
    assert.match((boardHover.contents as { value: string }).value, /public patient board/);
    assertNoBuiltinPack(JSON.stringify(board) + JSON.stringify(boardHover), 'category-not-permitted diagnostic and hover');
    assert.ok(statuses.length > 0 && statuses.every((s) => s.policies.join() === PACK_ID), JSON.stringify(statuses));
  });

  it('a recipient declared by a code action gets a placeholder of the pack’s categories', async () => {
    const rel = 'src/booking/waitlist.ts';
    const d = await diagnosticsOf(rel, 'undeclared-recipient');
    const actions = await codeActions(rel, d);
    const declare = actions.find((a) => a.title === 'Declare hooks.slotmailer.example as a recipient in .disclose.yaml');
    assert.ok(declare, actions.map((a) => a.title).join(' | '));
    const edits = declare.edit!.changes![uri(dir, '.disclose.yaml')]!;
    const after = applyEdits(read(dir, '.disclose.yaml'), edits);
    assert.ok(after.split('\n').includes(POLICY_LINE), after);
    assert.match(after, /category: CHOOSE-processor\|affiliate\|regulator\|patient-board/);
    assertNoBuiltinPack(JSON.stringify(actions) + after, 'declare-recipient action');
  });

  it('a missing condition is added with the pack’s own placeholder', async () => {
    for (const [rel, title, written] of [
      [
        'src/booking/reminders.ts',
        'Add purposes: ["appointment-reminders"] to recipient "sendsms" in .disclose.yaml',
        /- id: sendsms[\s\S]*purposes: \[appointment-reminders\]/,
      ],
      [
        'src/compliance/supervision.ts',
        'Add legalBasis: "helsepersonelloven-30" to recipient "helsetilsynet" in .disclose.yaml',
        /- id: helsetilsynet[\s\S]*legalBasis: helsepersonelloven-30/,
      ],
    ] as const) {
      const d = await diagnosticsOf(rel, 'clause-condition-unmet');
      const actions = await codeActions(rel, d);
      const add = actions.find((a) => a.title === title);
      assert.ok(add, actions.map((a) => a.title).join(' | '));
      assert.equal(add.isPreferred, true);
      const after = applyEdits(read(dir, '.disclose.yaml'), add.edit!.changes![uri(dir, '.disclose.yaml')]!);
      assert.match(after, written);
      assert.ok(after.includes('# The processing agreement is signed'), 'comments are kept');
      const open = actions.find((a) => a.title.startsWith('Open the policy clause'));
      assert.match(String(open?.command?.arguments?.[0]), /^https:\/\/havbris-helse\.example\/personvern#/);
      assertNoBuiltinPack(JSON.stringify(d) + JSON.stringify(actions), `${rel} diagnostic and actions`);
    }
  });

  it('completion and hover in .disclose.yaml offer the pack’s categories', async () => {
    const yamlUri = uri(dir, '.disclose.yaml');
    const text = `${POLICY_LINE}\nrecipients:\n  - id: clinic-oslo\n    category: \n  - id: sms\n    category: processor\n`;
    await client.open(yamlUri, text, 'yaml');
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: yamlUri },
      position: { line: 3, character: 14 },
    })) as Array<{ label: string; detail?: string }>;
    assert.deepEqual(
      items.map((i) => i.label),
      CATEGORIES,
    );
    assert.equal(items.find((i) => i.label === 'regulator')?.detail, 'supervisory authority');
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: yamlUri },
      position: { line: 5, character: 16 },
    })) as Hover;
    assert.match((hover.contents as { value: string }).value, /\*\*data processor\*\* · \[Processors acting for us\]/);
    assertNoBuiltinPack(JSON.stringify(items) + JSON.stringify(hover), '.disclose.yaml completion and hover');
  });

  it('the category picker, the starter configuration and the report use the pack', async () => {
    const categories = (await client.connection.sendRequest('disclose/recipientCategories', {
      uri: uri(dir, 'src/booking/waitlist.ts'),
    })) as Array<{ id: string; clauseTitle: string }>;
    assert.deepEqual(
      categories.map((c) => c.id),
      CATEGORIES,
    );
    const starter = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'disclose.server.starterConfig',
      arguments: [pathToFileURL(dir).href],
    })) as { text: string; exists: boolean };
    assert.equal(starter.exists, true);
    assert.ok(starter.text.split('\n').includes(POLICY_LINE), starter.text);
    assert.match(starter.text, /- id: slotmailer[\s\S]*category: CHOOSE # one of: processor \| affiliate \| regulator \| patient-board/);
    assert.ok(!/- id: \w+\n\s+name: "?api\.sendsms\.example/.test(starter.text), 'what the file declares is not offered again');
    const html = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'disclose.server.sharingReport',
      arguments: [pathToFileURL(dir).href],
    })) as string;
    assert.match(html, /Processors acting for us/);
    assertNoBuiltinPack(JSON.stringify(categories) + starter.text + html, 'commands');
  });
});

describe('a company policy pack chosen by the disclose.policy setting, in bokmål', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = copyFixture();
    fs.rmSync(path.join(dir, '.disclose.yaml'));
    client = new LspClient({
      rootUri: pathToFileURL(dir).href,
      capabilities: PUSH_CAPABILITIES,
      settings: { debounceMs: 0, policy: path.join(dir, path.relative(OWN_POLICY_FIXTURE, OWN_POLICY_PACK_FILE)) },
      locale: 'nb',
    });
    await client.initialize();
  });
  after(() => client.kill());

  it('messages are in Norwegian, and a new .disclose.yaml names the pack file', async () => {
    const rel = 'src/booking/waitlist.ts';
    const u = uri(dir, rel);
    await client.open(u, read(dir, rel));
    const p = await client.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
    const d = p.diagnostics.find((x) => x.code === 'undeclared-recipient')!;
    assert.equal(
      d.message,
      'Sender e-postadresse og navn til hooks.slotmailer.example — ikke en oppgitt mottaker (policy havbris-helse; oppgi den som en av: processor, affiliate, regulator, patient-board)',
    );
    assert.ok(
      d.relatedInformation!.some((r) => /^e-postadresse kommer herfra: /.test(r.message)),
      JSON.stringify(d.relatedInformation),
    );
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const declare = actions.find((a) => a.title === 'Oppgi hooks.slotmailer.example som mottaker i .disclose.yaml');
    assert.ok(declare, actions.map((a) => a.title).join(' | '));
    const created = declare.edit!.documentChanges!;
    assert.deepEqual(created[0], { kind: 'create', uri: uri(dir, '.disclose.yaml'), options: { ignoreIfExists: true } });
    const text = (created[1] as TextDocumentEdit).edits[0]!.newText;
    assert.ok(text.split('\n').includes(POLICY_LINE), text);
    assert.match(text, /category: CHOOSE-processor\|affiliate\|regulator\|patient-board/);
    assertNoBuiltinPack(JSON.stringify(p) + JSON.stringify(actions), 'bokmål diagnostics and actions');
    assert.equal(ownPack().id, PACK_ID);
  });
});
