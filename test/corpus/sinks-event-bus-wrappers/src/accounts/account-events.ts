import { publishEvent } from '../infra/event-bus';
import { notify, OPS_MAILBOX } from '../infra/mailer';
import { loadAccount } from './auth-store';

export interface SessionUser {
  id: string;
  lastIp: string;
  role: 'owner' | 'admin' | 'member';
}

export async function onAccountCreated(accountId: string): Promise<void> {
  const account = await loadAccount(accountId);
  await publishEvent('account.created', { accountId, plan: account.plan, ownerEmail: account.ownerEmail });
  await notify(
    account.ownerEmail,
    'Welcome to Tallyhub',
    `Hi ${account.ownerName},\n\nyour ${account.plan} workspace is ready.`,
  );
}

export async function onPlanChanged(accountId: string, from: string, to: string): Promise<void> {
  await publishEvent('account.plan_changed', { accountId, from, to });
  await notify(OPS_MAILBOX, 'Plan change', `Account ${accountId} moved from ${from} to ${to}`);
}

/** Login events feed the analytics team's activity dashboards. */
export async function recordLogin(user: SessionUser): Promise<void> {
  await publishEvent('user.login', { userId: user.id, ip: user.lastIp, role: user.role });
}
