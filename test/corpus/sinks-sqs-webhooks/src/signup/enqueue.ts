import { SendMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { PublishCommand } from '@aws-sdk/client-sns';
import { sqs, sns, localSqs, QUEUES } from '../aws/clients';
import { findSignupsSince, Signup } from './signup-store';

export async function enqueueWelcomeJourney(since: Date): Promise<void> {
  const signups: Signup[] = await findSignupsSince(since);

  for (const signup of signups) {
    const body = JSON.stringify({ userId: signup.userId, email: signup.email, locale: signup.locale });
    await sqs.send(new SendMessageCommand({ QueueUrl: QUEUES.welcome, MessageBody: body, MessageGroupId: 'welcome' }));

    if (signup.phoneVerified) {
      await sns.send(
        new PublishCommand({
          PhoneNumber: signup.phone,
          Message: 'Welcome to Tallyhub! Reply STOP to opt out.',
        }),
      );
    }
  }

  await sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: QUEUES.metrics,
      Entries: [{ Id: 'signups', MessageBody: JSON.stringify({ count: signups.length, since: since.toISOString() }) }],
    }),
  );
}

/** Replays one signup into LocalStack so the welcome flow can be debugged end to end. */
export async function replayLocally(since: Date): Promise<void> {
  const [first] = await findSignupsSince(since);
  if (!first) return;
  await localSqs.send(
    new SendMessageCommand({ QueueUrl: QUEUES.localWelcome, MessageBody: JSON.stringify({ email: first.email }) }),
  );
}
