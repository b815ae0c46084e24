/**
 * Public surface of the users module. Other modules import from '../users' only,
 * never from the files inside, so the internals can move freely.
 */
export * from './repository';
export type { User as Account } from './repository';

export const USER_PLANS = ['free', 'team', 'business'] as const;

export function isPaying(user: { plan: string }): boolean {
  return user.plan !== 'free';
}

export function seatLabel(seats: number): string {
  return seats === 1 ? '1 seat' : `${seats} seats`;
}

export function byLastActive(a: { lastActiveAt: string }, b: { lastActiveAt: string }): number {
  return b.lastActiveAt.localeCompare(a.lastActiveAt);
}
