import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '../../../lib/auth-options';
import { prisma } from '../../../lib/db';

/** Account deletion: erase the user, keep an audit record, tell the newsletter processor. */
export async function DELETE() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const user = await prisma.user.delete({ where: { id: session.user.id }, select: { id: true, email: true } });

  await fetch(`${process.env.INTERNAL_AUDIT_URL}/erasures`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: user.id, email: user.email, at: new Date().toISOString() }),
  });

  await fetch('https://connect.mailerlite.com/api/subscribers/forget', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.MAILERLITE_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email }),
  });

  return new NextResponse(null, { status: 204 });
}
