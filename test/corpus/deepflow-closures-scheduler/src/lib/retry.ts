import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  retryOn?: (err: unknown) => boolean;
}

/** Runs fn until it succeeds or the attempts are used up, with exponential back-off. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 3, baseDelayMs = 200, retryOn = () => true } = options;
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      if (!retryOn(err) || i === attempts - 1) break;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

/** A logger bound to one channel; the closure only captures the channel name. */
export function lagSporing(kanal: string) {
  return (steg: string, varighetMs?: number) =>
    fetch('https://telemetri.driftsdata.example/v1/steg', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kanal, steg, varighetMs, tid: new Date().toISOString() }),
    });
}
