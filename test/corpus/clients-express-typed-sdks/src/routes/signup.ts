import { Router } from 'express';
import { WebClient } from '@slack/web-api';
import { announceSignup, type NewMember } from '../integrations/slack';
import { posthog } from '../integrations/posthog';
import { reportSignupFailure, reportWelcomeMailBounce, reportQueueLag } from '../integrations/errors';
import { createMember, sendWelcomeMail } from '../members';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export const signupRouter = Router();

signupRouter.post('/signup', async (req, res) => {
  const { email, fullName, company, plan } = req.body as Omit<NewMember, 'id'> & { plan: string };
  let member: NewMember | undefined;
  try {
    member = await createMember({ email, fullName, company });
    posthog.capture({
      distinctId: member.id,
      event: 'signed_up',
      properties: { plan, email: member.email },
    });
    await announceSignup(slack, member);
    const status = await sendWelcomeMail(member);
    if (status >= 400) reportWelcomeMailBounce(member, status);
    res.status(201).json({ id: member.id });
  } catch (err) {
    if (member) reportSignupFailure(member, err);
    res.status(500).json({ error: 'signup_failed' });
  }
});

signupRouter.post('/internal/queue-lag', (req, res) => {
  const { queue, seconds } = req.body as { queue: string; seconds: number };
  reportQueueLag(queue, seconds);
  posthog.capture({ distinctId: 'system', event: 'queue_lag', properties: { queue, seconds } });
  res.status(204).end();
});
