import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient, PUSH_CAPABILITIES } from '../support/lsp-client';
import { writeNetworkTrap } from '../support/network-trap';
import { writeProject } from '../support/temp-project';

const SOURCE =
  "export async function go(email: string) {\n  await fetch('https://api.example.com/x', { method: 'POST', body: JSON.stringify({ email }) });\n}\n";

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('the server under abuse', () => {
  it('survives malformed JSON-RPC and keeps answering', async () => {
    const dir = writeProject({ 'a.ts': SOURCE });
    const client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      const hover = { textDocument: { uri: pathToFileURL(path.join(dir, 'none.ts')).href }, position: { line: 0, character: 0 } };
      // A round trip first, so that the client's own writes are done before the raw ones.
      await client.connection.sendRequest('textDocument/hover', hover);
      client.process.stdin!.write(frame('{not json at all'));
      client.process.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 900, method: 42 })));
      client.process.stdin!.write(
        frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: 'wrong shape' } })),
      );
      client.process.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 901, method: 'textDocument/hover', params: null })));
      assert.equal(await client.connection.sendRequest('textDocument/hover', hover), null, 'still answering');
      const uri = pathToFileURL(path.join(dir, 'a.ts')).href;
      await client.open(uri, SOURCE);
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length === 1);
      assert.equal(p.diagnostics[0]!.code, 'undeclared-recipient');
      assert.equal(client.process.exitCode, null);
    } finally {
      client.kill();
    }
  });

  it('open/change/close storms and cancellations end in the right state', async () => {
    const dir = writeProject({ 'a.ts': SOURCE });
    const client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(dir, 'a.ts')).href;
      for (let i = 0; i < 50; i++) {
        await client.open(uri, SOURCE, 'typescript', i * 10);
        for (let k = 1; k < 5; k++) await client.change(uri, i * 10 + k, SOURCE.replace('email }', k % 2 ? 'plan: 1 }' : 'email }'));
        if (i < 49) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      const pending = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } });
      await client.connection.sendNotification('$/cancelRequest', { id: 9999 });
      await pending;
      // The last version (…4) sends the e-mail again.
      const final = await client.waitForDiagnostics(uri, (x) => x.version === 494 && x.diagnostics.length === 1);
      assert.equal(final.diagnostics[0]!.code, 'undeclared-recipient');
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.waitForDiagnostics(uri, (x) => x.diagnostics.length === 0);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });

  it('a crash inside one file’s analysis is logged, clears its diagnostics and the server goes on', async () => {
    const dir = writeProject({ 'a.ts': SOURCE, 'b.ts': SOURCE });
    const client = new LspClient({
      rootUri: pathToFileURL(dir).href,
      capabilities: PUSH_CAPABILITIES,
      settings: { debounceMs: 0 },
      env: { DISCLOSE_FAILPOINT: '__crash_here__' },
    });
    try {
      await client.initialize();
      const a = pathToFileURL(path.join(dir, 'a.ts')).href;
      const b = pathToFileURL(path.join(dir, 'b.ts')).href;
      await client.open(a, SOURCE);
      await client.waitForDiagnostics(a, (x) => x.diagnostics.length === 1);
      await client.change(a, 2, SOURCE + '// __crash_here__\n');
      await client.waitForDiagnostics(a, (x) => x.version === 2 && x.diagnostics.length === 0);
      assert.ok(
        client.logs.some((l) => /could not analyse .*a\.ts: Error: analysis failed: failpoint reached/.test(l)),
        client.logs.join('\n'),
      );
      await client.open(b, SOURCE);
      const pb = await client.waitForDiagnostics(b, (x) => x.diagnostics.length === 1);
      assert.equal(pb.diagnostics[0]!.code, 'undeclared-recipient');
      assert.equal(client.process.exitCode, null);
    } finally {
      client.kill();
    }
  });

  it('makes no network connection and loads nothing from the workspace', async () => {
    const dir = writeProject({
      'a.ts': "import { x } from './evil';\n" + SOURCE,
      'evil.js': "require('fs').writeFileSync(__dirname + '/EXECUTED', '1'); exports.x = 1;\n",
    });
    const { trap } = writeNetworkTrap(dir, { requires: false });
    const client = new LspClient({
      rootUri: pathToFileURL(dir).href,
      capabilities: PUSH_CAPABILITIES,
      settings: { debounceMs: 0 },
      env: { NODE_OPTIONS: `--require ${trap}` },
    });
    try {
      await client.initialize();
      const a = pathToFileURL(path.join(dir, 'a.ts')).href;
      await client.open(a, "import { x } from './evil';\n" + SOURCE);
      await client.waitForDiagnostics(a, (x) => x.diagnostics.length === 1);
      await client.connection.sendRequest('workspace/executeCommand', {
        command: 'disclose.server.sharingReport',
        arguments: [pathToFileURL(dir).href],
      });
      assert.equal(fs.existsSync(path.join(dir, 'NETWORK')), false);
      assert.equal(fs.existsSync(path.join(dir, 'EXECUTED')), false);
    } finally {
      client.kill();
    }
  });
});
