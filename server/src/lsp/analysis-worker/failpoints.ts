/**
 * Failpoints for the tests of a server that never blocks; never set in use.
 *
 * DISCLOSE_TEST_SLOW_STAGE_MS: every checkpoint of an analysis in a worker waits that long
 * (woken early by a cancellation), so that a test can hold an analysis open without a
 * workspace big enough to be slow.
 * DISCLOSE_TEST_WORKER_EXIT: the document worker ends its thread when asked to analyse a
 * document whose text contains this marker, as a crash of the engine would.
 */
export function slowStageMs(): number {
  const ms = Number(process.env.DISCLOSE_TEST_SLOW_STAGE_MS);
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 60_000) : 0;
}

export function waitAtCheckpoint(flag: Int32Array, ms: number): void {
  if (ms > 0) Atomics.wait(flag, 0, Atomics.load(flag, 0), ms);
}

export function exitMarker(): string | undefined {
  return process.env.DISCLOSE_TEST_WORKER_EXIT || undefined;
}
