import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { Message, MessageWriter } from 'vscode-languageserver/node';
import { GuardedMessageReader } from '../../server/src/lsp/guarded-transport';

function frame(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`;
}

/** A reader over a stream the test writes to chunk by chunk, each chunk its own `data` event. */
function readerOver() {
  const input = new PassThrough();
  const written: Message[] = [];
  const writer = { write: async (m: Message) => void written.push(m) } as unknown as MessageWriter;
  const reader = new GuardedMessageReader(input, writer);
  const received: Message[] = [];
  const errors: string[] = [];
  reader.onError((e) => errors.push(e.message));
  reader.listen((m) => received.push(m));
  const send = async (chunk: string) => {
    input.write(chunk);
    await new Promise((r) => setImmediate(r));
  };
  return { send, received, errors, written };
}

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
const HOVER = {
  jsonrpc: '2.0',
  id: 2,
  method: 'textDocument/hover',
  params: { textDocument: { uri: 'file:///a.ts' }, position: { line: 0, character: 0 } },
};

// A reader that loops on a broken frame never returns: the timeout turns that into a failure.
const T = { timeout: 10_000 };

describe('the server’s message reader', () => {
  it('skips a broken header that arrives alone and reads the next message', T, async () => {
    const r = readerOver();
    await r.send(frame(INITIALIZE));
    // Each on its own, as a client's separate writes arrive on a busy machine.
    await r.send('no header at all\r\n\r\n');
    await r.send('Content-Length: many\r\n\r\n{}');
    await r.send(frame(HOVER));
    assert.deepEqual(
      r.received.map((m) => (m as { id?: number }).id),
      [1, 2],
    );
    // Each broken frame is reported; none ends the reading.
    assert.ok(r.errors.length >= 2, r.errors.join('; '));
  });

  it('reads a message whose header is split across chunks, after a broken one', T, async () => {
    const r = readerOver();
    await r.send(frame(INITIALIZE));
    const hover = frame(HOVER);
    await r.send(`garbage\r\n\r\n${hover.slice(0, 9)}`);
    await r.send(hover.slice(9, 30));
    await r.send(hover.slice(30));
    assert.deepEqual(
      r.received.map((m) => (m as { id?: number }).id),
      [1, 2],
    );
  });

  it('answers a request before initialize with ServerNotInitialized', T, async () => {
    const r = readerOver();
    await r.send(frame(HOVER));
    assert.equal(r.received.length, 0);
    assert.deepEqual(
      r.written.map((m) => (m as { error?: { code: number } }).error?.code),
      [-32002],
    );
  });
});
