import { deleteAnalyticsPerson } from "../lib/posthog-admin";
import { notifyAccountDeleted } from "../lib/notify-app";

type PendingDeletion = { userId: string; email: string; requestedAt: Date };

interface DeletionQueue {
  due(now: Date): Promise<PendingDeletion[]>;
  markDone(userId: string): Promise<void>;
}

/** Erases accounts whose grace period is over: analytics profile first, then the app is told. */
export async function eraseDueAccounts(queue: DeletionQueue, now = new Date()) {
  const due = await queue.due(now);
  let erased = 0;

  for (const pending of due) {
    await deleteAnalyticsPerson({ distinctId: pending.userId });
    await notifyAccountDeleted({ userId: pending.userId, email: pending.email });
    await queue.markDone(pending.userId);
    erased++;
  }

  return { erased };
}
