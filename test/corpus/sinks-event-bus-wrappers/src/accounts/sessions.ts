import type { Request, Response } from 'express';
import { recordLogin, onAccountCreated } from './account-events';
import { verifyCredentials, createWorkspace, issueSession } from './auth-store';

export async function login(req: Request, res: Response): Promise<void> {
  const { username, password } = req.body as { username: string; password: string };
  const session = await verifyCredentials(username, password, req.ip);
  if (!session) {
    res.status(401).json({ error: 'invalid_credentials' });
    return;
  }
  await recordLogin(session.user);
  res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax' }).json({ ok: true });
}

export async function register(req: Request, res: Response): Promise<void> {
  const { workspaceName, plan, fullName, email } = req.body as Record<string, string>;
  try {
    const workspace = await createWorkspace(workspaceName, plan, { fullName, email });
    await onAccountCreated(workspace.id);
    const session = await issueSession(workspace.ownerUserId);
    res.status(201).cookie('sid', session.id, { httpOnly: true, secure: true }).json({ accountId: workspace.id });
  } catch (err) {
    res.status(400).json({ error: (err as Error).message });
  }
}
