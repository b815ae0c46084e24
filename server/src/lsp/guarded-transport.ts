import { AbstractMessageReader, type DataCallback, Disposable, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** Larger messages are refused unread: no editor sends a document this size. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/im;
const HEADER_NAME_BYTES = 'Content-Length'.length;

/**
 * The server's stdio reader. Unlike the stock one it recovers from a broken frame (a bad or
 * missing Content-Length, a body that is not JSON) by skipping to the next header, so the next
 * request still gets its answer; and until `initialize` it answers every request with
 * ServerNotInitialized (-32002) and drops notifications, as the protocol asks.
 */
export class GuardedMessageReader extends AbstractMessageReader {
  private buffer: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  private skip = 0;
  private callback: DataCallback | undefined;
  private initialized = false;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly writer: MessageWriter,
  ) {
    super();
    input.on('error', (e: Error) => this.fireError(e));
    input.on('close', () => this.fireClose());
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (d: Buffer | string) => this.onData(typeof d === 'string' ? Buffer.from(d) : d);
    this.input.on('data', onData);
    return Disposable.create(() => {
      this.callback = undefined;
      this.input.removeListener('data', onData);
    });
  }

  private onData(chunk: Buffer): void {
    if (this.skip > 0) {
      const n = Math.min(this.skip, chunk.length);
      this.skip -= n;
      chunk = chunk.subarray(n);
    }
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        // A header never grows this large: drop what cannot be one, keep a possible start.
        if (this.buffer.length > 8192) this.resync(this.buffer.length - 64);
        return;
      }
      const header = this.buffer.subarray(0, end).toString('ascii');
      const m = CONTENT_LENGTH.exec(header);
      if (!m) {
        this.fireError(new Error('Malformed message header (no valid Content-Length); skipped to the next message'));
        // A header behind stray bytes (`{}Content-Length: …`) is read from where it starts;
        // otherwise the broken header goes. Each pass consumes bytes, so the loop ends however
        // the input was split into chunks.
        const inside = this.buffer.indexOf('Content-Length', 1, 'ascii');
        if (inside > 0 && inside < end) this.buffer = this.buffer.subarray(inside);
        else {
          this.buffer = this.buffer.subarray(end + HEADER_END.length);
          this.resync(0);
        }
        continue;
      }
      const length = Number(m[1]);
      const start = end + HEADER_END.length;
      if (length > MAX_MESSAGE_BYTES) {
        this.fireError(new Error(`Message of ${length} bytes refused (at most ${MAX_MESSAGE_BYTES})`));
        const have = this.buffer.length - start;
        this.skip = Math.max(0, length - have);
        this.buffer = this.buffer.subarray(Math.min(this.buffer.length, start + length));
        continue;
      }
      if (this.buffer.length < start + length) return;
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch {
        this.fireError(new Error('Message body is not JSON; skipped'));
        continue;
      }
      this.deliver(message);
    }
  }

  /**
   * Drops bytes up to the next `Content-Length` header at or after `from`; without one, keeps
   * only a tail too short to hold the whole word (a header split across chunks may start there).
   */
  private resync(from: number): void {
    const next = this.buffer.indexOf('Content-Length', Math.max(0, from), 'ascii');
    this.buffer = next < 0 ? this.buffer.subarray(Math.max(0, this.buffer.length - (HEADER_NAME_BYTES - 1))) : this.buffer.subarray(next);
  }

  private deliver(message: Message): void {
    const m = message as { id?: unknown; method?: unknown };
    if (!this.initialized && typeof m.method === 'string') {
      if (m.method === 'initialize') this.initialized = true;
      else if (m.method !== 'exit') {
        if (m.id !== undefined && m.id !== null) {
          void this.writer.write({
            jsonrpc: '2.0',
            id: m.id as number | string,
            error: { code: -32002, message: 'Server not initialized' },
          } as Message);
        }
        return;
      }
    }
    this.callback?.(message);
  }
}
