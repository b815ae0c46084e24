import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { MAX_EXCLUDE_PATTERNS, MAX_FILE_SIZE_LIMIT, normaliseSettings } from '../../server/src/lsp/settings';
import { SERVER_COMMANDS } from '../../shared/protocol';
import { LspClient, PUSH_CAPABILITIES } from '../support/lsp-client';
import { PROJECT_ROOT } from '../support/paths';
import { CUSTOMER_TYPE, hostileWorkspace, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 60_000 };

function frame(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`;
}

/** The raw server over stdio: what it answers, message by message. */
function rawServer() {
  const p = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let buffer = '';
  const waiters: Array<{ id: number; resolve: (m: Record<string, unknown>) => void }> = [];
  p.stdout.on('data', (d) => {
    buffer += String(d);
    for (;;) {
      const m = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer);
      if (!m || buffer.length < m[0].length + Number(m[1])) return;
      const msg = JSON.parse(buffer.slice(m[0].length, m[0].length + Number(m[1]))) as Record<string, unknown>;
      buffer = buffer.slice(m[0].length + Number(m[1]));
      for (const w of waiters.filter((x) => x.id === msg.id)) w.resolve(msg);
    }
  });
  return {
    send: (s: string) => p.stdin.write(s),
    reply: (id: number) => new Promise<Record<string, unknown>>((resolve) => waiters.push({ id, resolve })),
    kill: () => p.kill(),
  };
}

const HOVER = { textDocument: { uri: 'file:///nowhere/a.ts' }, position: { line: 0, character: 0 } };

describe('the server: protocol order, framing, and what a client may make it read', () => {
  it('answers requests before `initialize` with ServerNotInitialized (-32002)', T, async () => {
    const s = rawServer();
    try {
      s.send(frame({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: HOVER }));
      const r = await s.reply(1);
      assert.equal((r.error as { code: number }).code, -32002);
      s.send(frame({ jsonrpc: '2.0', id: 2, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      assert.ok((await s.reply(2)).result);
    } finally {
      s.kill();
    }
  });

  it('answers the next request after a framing error', T, async () => {
    const s = rawServer();
    try {
      s.send(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      await s.reply(1);
      s.send(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
      s.send('Content-Length: many\r\n\r\n{}');
      s.send('no header at all\r\n\r\n');
      s.send(frame('{"jsonrpc": "2.0", "id": 7, '));
      s.send(frame({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: HOVER }));
      const r = await s.reply(2);
      assert.equal(r.result, null);
      assert.equal(r.error, undefined);
    } finally {
      s.kill();
    }
  });

  it('a file opened from outside the workspace folders is analysed alone, its folder never walked', T, async () => {
    const dir = hostileWorkspace({ 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE });
    const client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      // At the file system's root: were its folder indexed, the server would walk the whole disk.
      const uri = 'file:///disclose-hostile-outside.ts';
      const started = Date.now();
      await client.open(uri, SIGNUP_SERVICE);
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0, 15_000);
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        ['undeclared-recipient'],
      );
      assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    } finally {
      client.kill();
    }
  });

  it('survives `policy: /dev/zero`, a FIFO pack and a tsconfig.json linked to /dev/zero, and keeps answering', T, async () => {
    const dir = hostileWorkspace(
      {
        'src/customer.ts': CUSTOMER_TYPE,
        'src/signup.ts': SIGNUP_SERVICE,
        'tsconfig.json': { link: '/dev/zero' },
        'pack.yaml': { fifo: true },
        'other/.disclose.yaml': 'policy: ../pack.yaml\n',
        'other/signup.ts': SIGNUP_SERVICE,
        '.disclose.yaml': 'policy: /dev/zero\n',
      },
      { git: true },
    );
    const client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      for (const rel of ['src/signup.ts', 'other/signup.ts']) {
        const uri = pathToFileURL(path.join(dir, rel)).href;
        await client.open(uri, SIGNUP_SERVICE);
        const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0, 20_000);
        assert.deepEqual(
          p.diagnostics.map((d) => d.code),
          ['undeclared-recipient'],
        );
      }
      assert.equal(
        await client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri: pathToFileURL(path.join(dir, 'src/none.ts')).href },
          position: { line: 0, character: 0 },
        }),
        null,
      );
      assert.equal(client.process.exitCode, null, client.stderr);
    } finally {
      client.kill();
    }
  });

  it('a command refuses a folder outside the workspace folders (`file:///`)', T, async () => {
    const dir = hostileWorkspace({ 'src/customer.ts': CUSTOMER_TYPE, 'src/signup.ts': SIGNUP_SERVICE });
    const client = new LspClient({ rootUri: pathToFileURL(dir).href, capabilities: PUSH_CAPABILITIES, settings: { debounceMs: 0 } });
    try {
      await client.initialize();
      const started = Date.now();
      for (const command of [SERVER_COMMANDS.sharingReport, SERVER_COMMANDS.starterConfig]) {
        assert.equal(await client.connection.sendRequest('workspace/executeCommand', { command, arguments: ['file:///'] }), null);
      }
      assert.ok(Date.now() - started < 3000);
      const report = await client.connection.sendRequest('workspace/executeCommand', {
        command: SERVER_COMMANDS.sharingReport,
        arguments: [pathToFileURL(dir).href],
      });
      assert.match(String(report), /crm\.example\.com/);
    } finally {
      client.kill();
    }
  });

  it('every setting is declared with its bounds, and maxFileSize is clamped to its maximum', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties as Record<string, { maximum?: number }>;
    for (const key of Object.keys(normaliseSettings({}))) {
      if (key === 'rules') continue;
      assert.ok(props[`disclose.${key}`], `disclose.${key} is declared`);
    }
    assert.equal(props['disclose.maxFileSize']!.maximum, MAX_FILE_SIZE_LIMIT);
    assert.equal(normaliseSettings({ maxFileSize: 50 * 1024 * 1024 * 1024 }).maxFileSize, MAX_FILE_SIZE_LIMIT);
    assert.equal((props['disclose.exclude'] as { maxItems?: number }).maxItems, MAX_EXCLUDE_PATTERNS);
    assert.equal(
      normaliseSettings({ exclude: Array.from({ length: 10_000 }, (_, i) => `gen/${i}/**`) }).exclude.length,
      MAX_EXCLUDE_PATTERNS,
    );
    const restricted = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations as string[];
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    for (const key of ['disclose.policy', 'disclose.maxFileSize', 'disclose.exclude']) assert.ok(restricted.includes(key), key);
  });
});
