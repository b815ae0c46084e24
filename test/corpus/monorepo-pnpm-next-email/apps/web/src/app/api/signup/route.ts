import { NextResponse } from 'next/server';
import { z } from 'zod';
import { sendStatusDigest, sendWelcomeEmail } from '@acme/email';
import { countSignupsToday, createUser, findUserByEmail } from '@/lib/users';

const SignupBody = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(120),
});

export async function POST(request: Request) {
  const parsed = SignupBody.safeParse(await request.json());
  if (!parsed.success) {
    return NextResponse.json({ error: 'invalid signup' }, { status: 400 });
  }
  const { email, name } = parsed.data;
  if (await findUserByEmail(email)) {
    return NextResponse.json({ error: 'already registered' }, { status: 409 });
  }
  const user = await createUser({ email, name });
  await sendWelcomeEmail({ to: user.email, name });
  return NextResponse.json({ id: user.id }, { status: 201 });
}

/** Vercel cron: the on-call digest carries counts only. */
export async function GET() {
  const signups = await countSignupsToday();
  await sendStatusDigest({ to: 'oncall@acme.dev', openIncidents: 0, deploysToday: signups });
  return NextResponse.json({ ok: true });
}
