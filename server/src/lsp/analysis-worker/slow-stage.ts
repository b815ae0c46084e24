/**
 * A failpoint for the tests of a server that never blocks: with DISCLOSE_TEST_SLOW_STAGE_MS
 * set, every checkpoint of an analysis in a worker waits that long (woken early by a
 * cancellation), so that a test can hold an analysis open without a workspace big enough to
 * be slow. Never set in use.
 */
export function slowStageMs(): number {
  const ms = Number(process.env.DISCLOSE_TEST_SLOW_STAGE_MS);
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 60_000) : 0;
}

export function waitAtCheckpoint(flag: Int32Array, ms: number): void {
  if (ms > 0) Atomics.wait(flag, 0, Atomics.load(flag, 0), ms);
}
