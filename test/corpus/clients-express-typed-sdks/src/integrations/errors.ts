import * as Sentry from '@sentry/node';
import type { NewMember } from './slack';

/** Reports a failed sign-up with the member attached, so support can find the account. */
export function reportSignupFailure(member: NewMember, err: unknown): void {
  Sentry.withScope((scope) => {
    scope.setUser({ id: member.id, email: member.email });
    scope.setTag('flow', 'signup');
    Sentry.captureException(err);
  });
}

export function reportWelcomeMailBounce(member: NewMember, status: number): void {
  Sentry.captureException(new Error(`Welcome mail to ${member.email} bounced with status ${status}`));
}

export function reportQueueLag(queue: string, seconds: number): void {
  Sentry.captureException(new Error(`Queue ${queue} is ${seconds}s behind`));
}
