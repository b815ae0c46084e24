import axios from 'axios';
import got from 'got';
import type { Request, Response } from 'express';
import { byCreatedAt, isStaffAddress, type Invitation, type User } from './types';

const NEWSLETTER = 'https://api.nyhetsbrevet.example/v1/audiences/import';
const PLAN_METRICS = 'https://metrics.tallknuser.example/plans';
const BI_SNAPSHOT = 'https://ingest.bi-lageret.example/v1/snapshots/users';
const SMS_BROADCAST = 'https://sms.massetekst.example/broadcast';
const BILLING_OWNER = 'https://billing.fakturamotor.example/v2/workspaces';
const BADGES = 'https://orders.badgeprint.example/v1/badges';
const HEALTH = 'https://metrics.tallknuser.example/workspace-health';

export async function exportWorkspace(req: Request, res: Response): Promise<void> {
  const users = res.locals.users as User[];
  const invited = res.locals.invitations as Invitation[];

  const optedIn = users.filter((u) => u.newsletter && !isStaffAddress(u.email));
  await axios.post(NEWSLETTER, { audience: req.params.workspace, addresses: optedIn.map((u) => u.email) });

  await axios.post(PLAN_METRICS, { workspace: req.params.workspace, plans: users.map((u) => u.plan) });

  const oldestFirst = [...users].sort(byCreatedAt);
  await fetch(BI_SNAPSHOT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(oldestFirst.slice(0, 100)),
  });

  if (req.query.announce === 'true') {
    const numbers = users.flatMap((u) => (u.phone ? [u.phone] : []));
    await got.post(SMS_BROADCAST, { json: { numbers, text: 'Planlagt vedlikehold i kveld kl. 22–23.' } });
  }

  const owner = users.find((u) => u.role === 'owner');
  if (owner) {
    await axios.put(`${BILLING_OWNER}/${req.params.workspace}/owner`, { ownerId: owner.id });
  }

  const attendees = users.concat(
    invited.map((i) => ({ ...i, id: '', role: 'member', plan: 'team', newsletter: false, createdAt: '' }) as User),
  );
  await got.post(BADGES, { json: { badges: attendees.map((u) => ({ name: u.fullName })) } });

  await fetch(HEALTH, {
    method: 'POST',
    body: JSON.stringify({
      workspace: req.params.workspace,
      seats: users.length,
      admins: users.filter((u) => u.role !== 'member').length,
      allHavePhone: users.every((u) => Boolean(u.phone)),
    }),
  });

  const [firstAdmin, ...rest] = users.filter((u) => u.role === 'admin');
  if (firstAdmin) {
    await got.post('https://hooks.slack.com/services/T000/B000/XXXX', {
      json: { text: `Workspace exported. Primary admin: ${firstAdmin.email} (+${rest.length} more)` },
    });
  }
  res.status(202).json({ exported: users.length });
}
