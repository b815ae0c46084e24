const USERS_API = 'https://users.internal.tasko.io/v1';

export interface User {
  id: string;
  fullName: string;
  email: string;
  phone?: string;
  plan: 'free' | 'team' | 'business';
  seats: number;
  lastActiveAt: string;
  deletedAt?: string;
}

export class UserNotFoundError extends Error {
  constructor(id: string) {
    super(`user ${id} not found`);
    this.name = 'UserNotFoundError';
  }
}

export async function findUser(id: string): Promise<User> {
  const res = await fetch(`${USERS_API}/users/${encodeURIComponent(id)}`);
  if (res.status === 404) throw new UserNotFoundError(id);
  if (!res.ok) throw new Error(`users api: ${res.status}`);
  return (await res.json()) as User;
}

export async function listUsersActiveSince(since: string): Promise<User[]> {
  const res = await fetch(`${USERS_API}/users?activeSince=${since}`);
  if (!res.ok) throw new Error(`users api: ${res.status}`);
  return ((await res.json()) as User[]).filter((u) => !u.deletedAt);
}
