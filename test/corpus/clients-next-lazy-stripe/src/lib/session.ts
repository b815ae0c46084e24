import { cookies } from 'next/headers';
import { prisma } from './db';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  stripeCustomerId: string | null;
}

export async function requireUser(): Promise<SessionUser | null> {
  const token = (await cookies()).get('bk_session')?.value;
  if (!token) return null;
  const session = await prisma.session.findUnique({ where: { token }, include: { user: true } });
  if (!session || session.expiresAt < new Date()) return null;
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    stripeCustomerId: session.user.stripeCustomerId,
  };
}
