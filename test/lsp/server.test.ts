import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, MINIMAL_CAPABILITIES, PULL_CAPABILITIES, PUSH_CAPABILITIES } from '../support/lsp-client';
import { EXAMPLES } from '../support/paths';
import { makeTempDir } from '../support/temp-dir';

function copyExamples(): string {
  const dir = makeTempDir('disclose-lsp-');
  fs.cpSync(EXAMPLES, dir, { recursive: true });
  return dir;
}

const uri = (dir: string, rel: string) => pathToFileURL(path.join(dir, rel)).href;
const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'typescript', 1, text), edits);
}

describe('language server over stdio, push diagnostics', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = copyExamples();
    client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    const init = await client.initialize();
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a push client');
  });
  after(() => client.kill());

  it('publishes diagnostics with code, clause link, source and related information', async () => {
    const u = uri(dir, 'server/src/routes/support.ts');
    await client.open(u, read(dir, 'server/src/routes/support.ts'));
    const p = await client.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
    const codes = p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`).sort();
    assert.deepEqual(codes, ['22:public-disclosure', '37:category-not-permitted']);
    const d = p.diagnostics.find((x) => x.code === 'category-not-permitted')!;
    assert.equal(d.source, 'disclose');
    assert.equal(d.severity, 1);
    assert.match(d.codeDescription!.href, /#vismas-nettforum$/);
    assert.match(d.message, /^Sends .*national identity number.* to Visma Community/);
    assert.ok(
      d.relatedInformation!.some((r) => /comes from here/.test(r.message)),
      'points at the origin of the data',
    );
    assert.ok(
      d.relatedInformation!.some((r) => r.location.uri.endsWith('/.disclose.yaml') && /declared here/.test(r.message)),
      'points at the recipient entry',
    );
    assert.equal((d.data as { ruleId: string }).ruleId, 'category-not-permitted');
  });

  it('hovers on a flagged call with data, recipient, clause and why', async () => {
    const u = uri(dir, 'server/src/routes/support.ts');
    const p = client.diagnostics.get(u)!;
    const d = p.diagnostics.find((x) => x.code === 'category-not-permitted')!;
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: u },
      position: d.range.start,
    })) as Hover;
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /category-not-permitted/);
    assert.match(text, /\*\*Data:\*\*.*user\.government_id\.national_identification_number/);
    assert.match(text, /\*\*To:\*\* Visma Community/);
    assert.match(text, /\*\*Clause:\*\* \[Visma's online forums\]\(https:/);
    assert.match(text, /\*\*Why:\*\* The clause never permits/);
  });

  it('offers quick fixes, and removing the personal field makes the finding go away', async () => {
    const rel = 'server/src/integrations/lonnspartner.ts';
    const u = uri(dir, rel);
    const text = read(dir, rel);
    await client.open(u, text);
    const p = await client.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
    const d = p.diagnostics.find((x) => x.code === 'clause-condition-unmet')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(
      titles.some((t) => /^Add purposes: \["delivering-the-service"\] to recipient "nordisk-lonn"/.test(t)),
      titles.join('\n'),
    );
    assert.ok(titles.some((t) => /^Open the policy clause "partners"/.test(t)));
    assert.ok(titles.some((t) => /^Suppress this finding/.test(t)));
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.match(preferred[0]!.title, /^Add purposes/);

    const condition = preferred[0]!.edit!.changes!;
    const [yamlUri, yamlEdits] = Object.entries(condition)[0]!;
    assert.ok(yamlUri.endsWith('.disclose.yaml'));
    const yamlBefore = read(dir, '.disclose.yaml');
    const yamlAfter = applyEdits(yamlBefore, yamlEdits);
    assert.match(yamlAfter, /purposes: \[ delivering-the-service \]|purposes: \[delivering-the-service\]/);
    for (const line of yamlBefore.split('\n').filter((l) => l.trim().startsWith('#')))
      assert.ok(yamlAfter.includes(line), `comment kept: ${line}`);

    const remove = actions.filter((a) => a.title.startsWith('Remove the field'));
    assert.ok(remove.length >= 1, titles.join('\n'));
    let edited = text;
    for (const a of remove.reverse()) edited = applyEdits(edited, a.edit!.changes![u]!);
    await client.change(u, 2, edited);
    const after = await client.waitForDiagnostics(u, (x) => x.version === 2);
    assert.ok(
      !after.diagnostics.some((x) => x.range.start.line === d.range.start.line && x.code === d.code),
      'the finding is gone once its personal fields are removed',
    );
  });

  it('suppressing the line with a reason removes the finding', async () => {
    const rel = 'server/src/middleware/auth.ts';
    const u = uri(dir, rel);
    const text = read(dir, rel);
    await client.open(u, text);
    const p = await client.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
    const d = p.diagnostics[0]!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const suppress = actions.find((a) => a.title.startsWith('Suppress'))!;
    const edited = applyEdits(text, suppress.edit!.changes![u]!);
    assert.match(edited.split('\n')[d.range.start.line]!, /^\s*\/\/ disclose-ignore-next-line REASON: /);
    await client.change(u, 2, edited);
    const after = await client.waitForDiagnostics(u, (x) => x.version === 2);
    assert.deepEqual(after.diagnostics, []);
  });

  it('a broken .disclose.yaml becomes a located diagnostic and the last good configuration stays', async () => {
    const yamlUri = uri(dir, '.disclose.yaml');
    const good = read(dir, '.disclose.yaml');
    const broken = good.replace('category: partner', 'category: reseller');
    assert.notEqual(broken, good);
    await client.open(yamlUri, broken, 'yaml');
    const p = await client.waitForDiagnostics(yamlUri, (x) => x.diagnostics.length > 0);
    assert.match(p.diagnostics[0]!.message, /Unknown recipient category 'reseller'/);
    const line = broken.split('\n').findIndex((l) => l.includes('reseller'));
    assert.equal(p.diagnostics[0]!.range.start.line, line);
    const u = uri(dir, 'server/src/routes/support.ts');
    const again = await client.waitForDiagnostics(u);
    assert.ok(
      again.diagnostics.some((x) => x.code === 'public-disclosure'),
      'recipients of the last good configuration still apply',
    );
    await client.change(yamlUri, 2, good);
    await client.waitForDiagnostics(yamlUri, (x) => x.diagnostics.length === 0);
  });

  it('re-analyses a dependent file when an imported helper changes', async () => {
    const routes = 'server/src/routes/lonn.ts';
    const ru = uri(dir, routes);
    await client.open(ru, read(dir, routes));
    const before = await client.waitForDiagnostics(ru, (x) => x.diagnostics.some((d) => d.code === 'undeclared-recipient'));
    const helper = 'server/src/lib/varsling.ts';
    const hu = uri(dir, helper);
    const helperText = read(dir, helper);
    await client.open(hu, helperText);
    // Point the webhook helper at the internal API: the caller's finding must disappear.
    const internalised = helperText.replace('fetch(DRIFT_WEBHOOK_URL,', "fetch('https://api.timeforing.no/varsler',");
    assert.notEqual(internalised, helperText);
    await client.change(hu, 2, internalised);
    const after = await client.waitForDiagnostics(ru, (x) => x !== before && !x.diagnostics.some((d) => d.code === 'undeclared-recipient'));
    assert.ok(after.diagnostics.length < before.diagnostics.length);
  });

  it('answers bad requests with errors or nothing, and stays up', async () => {
    await assert.rejects(client.connection.sendRequest('disclose/noSuchMethod', {}), /Unhandled method|not found|MethodNotFound/i);
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(dir, 'not/open.ts') },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
    const far = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(dir, 'server/src/routes/support.ts') },
      position: { line: 99999, character: 99999 },
    });
    assert.equal(far, null);
    const bin = uri(dir, 'server/src/binary.ts');
    await client.open(bin, '\u0000\u0001\u0002garbage((((');
    await client.waitForDiagnostics(bin, (x) => x.diagnostics.length === 0);
    const ok = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(dir, 'server/src/routes/support.ts') },
      position: { line: 0, character: 0 },
    });
    assert.equal(ok, null);
  });

  it('builds the data-sharing report and a starter configuration on request', async () => {
    const html = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'disclose.server.sharingReport',
      arguments: [pathToFileURL(dir).href],
    })) as string;
    assert.match(html, /<h1>How this codebase shares personal data<\/h1>/);
    const starter = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'disclose.server.starterConfig',
      arguments: [pathToFileURL(dir).href],
    })) as { text: string; exists: boolean };
    assert.equal(starter.exists, true);
    assert.match(starter.text, /hosts: \["api\.nordisklonn\.no"\]/);
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe('language server over stdio, pull diagnostics', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = copyExamples();
    client = new LspClient({
      rootUri: pathToFileURL(dir).href,
      capabilities: PULL_CAPABILITIES,
      settings: { debounceMs: 0 },
      locale: 'nb',
    });
    const init = await client.initialize();
    assert.deepEqual(init.capabilities.diagnosticProvider, {
      identifier: 'disclose',
      interFileDependencies: true,
      workspaceDiagnostics: false,
    });
  });
  after(() => client.kill());

  it('answers textDocument/diagnostic and publishes nothing for source files', async () => {
    const u = uri(dir, 'web/src/App.tsx');
    await client.open(u, read(dir, 'web/src/App.tsx'), 'typescriptreact');
    const report = await client.pull(u);
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => `${d.range.start.line + 1}:${d.code}`).sort(), [
      '24:undeclared-recipient',
      '25:undeclared-recipient',
    ]);
    assert.equal(client.diagnostics.get(u), undefined);
  });

  it('hovers in Norwegian for a Norwegian user', async () => {
    const u = uri(dir, 'server/src/routes/support.ts');
    await client.open(u, read(dir, 'server/src/routes/support.ts'));
    const items = (await client.pull(u)).items as Diagnostic[];
    const d = items.find((x) => x.code === 'public-disclosure')!;
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: u },
      position: d.range.start,
    })) as Hover;
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /\*\*Til:\*\*/);
    assert.match(text, /\[Vismas nettforum\]/);
    assert.match(text, /Alt som sendes dit, blir offentlig/);
  });

  it('asks the client to refresh when an imported file changes', async () => {
    const helper = 'server/src/lib/varsling.ts';
    const hu = uri(dir, helper);
    await client.open(hu, read(dir, helper));
    const refreshed = client.waitForRefresh();
    await client.change(hu, 2, read(dir, helper) + '\n// touched\n');
    await refreshed;
  });

  it('offers completion and hover inside .disclose.yaml', async () => {
    const yamlUri = uri(dir, '.disclose.yaml');
    const text = 'policy: visma-no\nrecipients:\n  - id: acme\n    category: \n';
    await client.open(yamlUri, text, 'yaml');
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: yamlUri },
      position: { line: 3, character: 14 },
    })) as Array<{ label: string }>;
    assert.deepEqual(items.map((i) => i.label).sort(), ['acquirer', 'group-company', 'partner', 'public-authority', 'public-forum']);
    const keys = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: yamlUri },
      position: { line: 1, character: 0 },
    })) as Array<{ label: string }>;
    assert.ok(keys.some((k) => k.label === 'internal') && keys.some((k) => k.label === 'sanitizers'));
  });
});

describe('language server with a minimal client', () => {
  it('works without configuration requests, related information or registration', async () => {
    const dir = copyExamples();
    const client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: MINIMAL_CAPABILITIES });
    try {
      await client.initialize();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { disclose: { debounceMs: 0 } } });
      const u = uri(dir, 'server/src/routes/lonn.ts');
      await client.open(u, read(dir, 'server/src/routes/lonn.ts'));
      const p = await client.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
      assert.ok(p.diagnostics.every((d) => d.relatedInformation === undefined && d.codeDescription === undefined));
      assert.equal(client.registrations.length, 0);
      const d = p.diagnostics.find((x) => x.code === 'undeclared-recipient')!;
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: u },
        range: d.range,
        context: { diagnostics: [d] },
      })) as CodeAction[];
      const declare = actions.find((a) => a.title.startsWith('Declare'))!;
      const yaml = Object.values(declare.edit!.changes!)[0]![0]!.newText;
      assert.match(yaml, /category: CHOOSE-group-company\|public-forum\|partner\|public-authority\|acquirer\n/);
      assert.match(yaml, /hosts: \[ hooks\.zapier\.com \]|hosts: \[hooks\.zapier\.com\]/);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});
