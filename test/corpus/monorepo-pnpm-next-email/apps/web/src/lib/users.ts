import { randomUUID } from 'node:crypto';

export interface User {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
}

const users = new Map<string, User>();

export async function findUserByEmail(email: string): Promise<User | undefined> {
  for (const u of users.values()) if (u.email === email) return u;
  return undefined;
}

export async function createUser(input: { email: string; name: string }): Promise<User> {
  const user: User = { id: randomUUID(), email: input.email.toLowerCase(), name: input.name, createdAt: new Date() };
  users.set(user.id, user);
  return user;
}

export async function countSignupsToday(): Promise<number> {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  return [...users.values()].filter((u) => u.createdAt >= start).length;
}
