/**
 * Where a run's time goes, by phase: for the bench and for anyone asking why a scan is slow.
 * Off unless DISCLOSE_TIMINGS is set; then the CLI prints the table to stderr after a scan.
 * Phases may nest (a round's program includes its parsing); each is timed on its own.
 */
export class PhaseTimes {
  private readonly totals = new Map<string, { ms: number; count: number }>();

  time<T>(phase: string, f: () => T): T {
    // Listed where it started: a round before the phases inside it.
    if (!this.totals.has(phase)) this.totals.set(phase, { ms: 0, count: 0 });
    const t0 = performance.now();
    try {
      return f();
    } finally {
      this.add(phase, performance.now() - t0);
    }
  }

  add(phase: string, ms: number): void {
    const t = this.totals.get(phase) ?? { ms: 0, count: 0 };
    t.ms += ms;
    t.count++;
    this.totals.set(phase, t);
  }

  /** One line per phase, in the order they first started: `phase  ms  (×count)`. */
  lines(): string[] {
    return [...this.totals].map(
      ([phase, t]) => `${phase.padEnd(34)} ${t.ms.toFixed(0).padStart(8)} ms${t.count > 1 ? `  (×${t.count})` : ''}`,
    );
  }
}

export const phaseTimes: PhaseTimes | undefined = process.env.DISCLOSE_TIMINGS ? new PhaseTimes() : undefined;

/** Runs `f`, timed as `phase` when timings are on. */
export function timed<T>(phase: string, f: () => T): T {
  return phaseTimes ? phaseTimes.time(phase, f) : f();
}
