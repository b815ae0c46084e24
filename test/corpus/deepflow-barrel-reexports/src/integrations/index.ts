import axios from 'axios';
import type { User } from '../users';

export { default as pushContact, crmHealthy } from './crm';

const ANALYTICS_INGEST = 'https://ingest.productlens.example/v2/rows';

/** What product analytics gets: plan and seat usage, no identity. */
export function toUsageRow(user: User) {
  return { plan: user.plan, seats: user.seats, activeDay: user.lastActiveAt.slice(0, 10) };
}

export async function exportUsage(users: User[], day: string): Promise<number> {
  const rows = users.map(toUsageRow);
  await axios.post(ANALYTICS_INGEST, { table: 'daily_usage', day, rows });
  return rows.length;
}

export async function exportChurnSignals(users: User[]): Promise<void> {
  const stale = users.filter((u) => Date.now() - Date.parse(u.lastActiveAt) > 30 * 86_400_000);
  await axios.post(ANALYTICS_INGEST, {
    table: 'churn_signals',
    rows: stale.map((u) => ({ userId: u.id, plan: u.plan, lastActiveAt: u.lastActiveAt })),
  });
}
