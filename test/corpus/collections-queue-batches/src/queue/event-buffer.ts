import axios from 'axios';

export interface PendingEvent {
  userId: string;
  email: string;
  event: 'signup' | 'upgrade' | 'cancel';
  at: number;
}

const EMAIL_AUTOMATION = 'https://api.dryppmail.example/v2/events/batch';
const METRICS = 'https://metrics.tellerverk.example/v1/counters';

/** Buffers lifecycle events and ships them in batches every few seconds. */
export class EventBuffer {
  private readonly pending: PendingEvent[] = [];
  private readonly counters = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly maxBatch = 250, private readonly intervalMs = 5_000) {}

  push(evt: PendingEvent): void {
    this.pending.push(evt);
    this.counters.set(evt.event, (this.counters.get(evt.event) ?? 0) + 1);
    if (this.pending.length >= this.maxBatch) void this.flush();
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    try {
      await axios.post(EMAIL_AUTOMATION, { events: batch });
    } catch (err) {
      console.error(`dropping ${batch.length} lifecycle events`, err);
    }
    const counts = Object.fromEntries(this.counters);
    this.counters.clear();
    await axios.post(METRICS, { source: 'event-buffer', counts });
  }
}
