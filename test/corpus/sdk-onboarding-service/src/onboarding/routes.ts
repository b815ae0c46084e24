import { Router } from 'express';
import { LoopsClient } from 'loops';
import { Knock } from '@knocklabs/node';
import Statsig from 'statsig-node';
import { createAccount, findAccount } from './accounts';

const loops = new LoopsClient(process.env.LOOPS_API_KEY ?? '');
const knock = new Knock({ apiKey: process.env.KNOCK_API_KEY });

export const onboardingRouter = Router();

onboardingRouter.post('/signup', async (req, res, next) => {
  try {
    const account = await createAccount(req.body);

    // Marketing list: the contact with their first name for the greeting.
    await loops.createContact(account.email, {
      firstName: account.firstName,
      source: 'signup-form',
    });

    await knock.workflows.trigger('welcome-sequence', {
      recipients: [{ id: account.id, email: account.email, name: `${account.firstName} ${account.lastName}` }],
      data: { plan: account.plan },
    });

    const checklist = await Statsig.checkGate({ userID: account.id, email: account.email }, 'guided_checklist');
    res.status(201).json({ id: account.id, checklist });
  } catch (err) {
    next(err);
  }
});

onboardingRouter.post('/accounts/:id/seats', async (req, res, next) => {
  try {
    const account = await findAccount(req.params.id);
    if (!account) return res.sendStatus(404);
    const seats = Number(req.body.seats);
    // A system event: usage numbers under the service's own user, no person in it.
    Statsig.logEvent({ userID: 'billing-service' }, 'seat_change', seats, { plan: account.plan });
    res.json({ seats });
  } catch (err) {
    next(err);
  }
});
