import express from 'express';
import { findUser, listUsersActiveSince, UserNotFoundError, isPaying } from '../users';
import { crmHealthy, exportChurnSignals, exportUsage, pushContact } from '../integrations';

export const syncRouter = express.Router();

syncRouter.post('/sync/users/:id', async (req, res, next) => {
  try {
    const user = await findUser(req.params.id);
    if (isPaying(user)) {
      await pushContact(user);
    }
    res.status(204).end();
  } catch (err) {
    if (err instanceof UserNotFoundError) {
      res.status(404).json({ error: err.message });
      return;
    }
    next(err);
  }
});

syncRouter.post('/sync/daily', async (req, res, next) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  try {
    const users = await listUsersActiveSince(day);
    const exported = await exportUsage(users, day);
    await exportChurnSignals(users);
    res.json({ exported, crm: await crmHealthy() });
  } catch (err) {
    next(err);
  }
});
