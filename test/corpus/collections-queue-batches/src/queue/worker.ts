import * as Sentry from '@sentry/node';
import { Analytics } from '@segment/analytics-node';
import axios from 'axios';
import { chunk } from './ai-triage';
import { EventBuffer } from './event-buffer';

interface Session {
  sessionId: string;
  userId: string;
  email: string;
  startedAt: number;
}

interface Job {
  jobId: string;
  kind: 'lifecycle' | 'stock';
  sessionId?: string;
  payload: Record<string, unknown>;
  attempts: number;
}

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });
const buffer = new EventBuffer();
const sessions = new Map<string, Session>();
const retryQueue: Job[] = [];
const deadLetters: Array<{ jobId: string; error: string }> = [];

export function rememberSession(session: Session): void {
  sessions.set(session.sessionId, session);
}

export async function handle(job: Job): Promise<void> {
  const session = job.sessionId ? sessions.get(job.sessionId) : undefined;
  if (session) Sentry.setUser({ id: session.userId, email: session.email });

  try {
    if (job.kind === 'lifecycle' && session) {
      buffer.push({ userId: session.userId, email: session.email, event: job.payload.event as 'signup', at: Date.now() });
    } else if (job.kind === 'stock') {
      const updates = (job.payload.updates ?? []) as Array<{ sku: string; delta: number }>;
      for (const part of chunk(updates, 50)) {
        await axios.post('https://api.lagerbeholdning.example/v1/adjustments', { adjustments: part });
      }
    }
  } catch (err) {
    Sentry.captureException(err);
    job.attempts += 1;
    if (job.attempts < 5) retryQueue.push(job);
    else deadLetters.push({ jobId: job.jobId, error: String(err) });
  }
}

export async function drainRetries(): Promise<void> {
  const batch = retryQueue.splice(0);
  const recentUsers = [...new Set(batch.flatMap((j) => (j.sessionId && sessions.has(j.sessionId) ? [sessions.get(j.sessionId)!.userId] : [])))];
  recentUsers.forEach((userId) => analytics.track({ userId, event: 'Job Retried', properties: { count: batch.length } }));

  while (batch.length > 0) {
    const job = batch.shift()!;
    await axios.post('http://jobs.internal.kvittr.no/requeue', { jobId: job.jobId, kind: job.kind, attempts: job.attempts });
  }
  if (deadLetters.length > 0) {
    await axios.post('https://alerts.vaktsentral.example/v1/dead-letters', { items: deadLetters.splice(0) });
  }
}
