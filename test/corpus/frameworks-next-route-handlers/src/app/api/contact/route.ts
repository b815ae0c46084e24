import { NextResponse } from 'next/server';
import { Resend } from 'resend';

const resend = new Resend(process.env.RESEND_API_KEY);
const SLACK_WEBHOOK = 'https://hooks.slack.com/services/T0AB12CD3/B0EF45GH6/3kX9pQ2rLm8vN1wZ';

interface ContactRequest {
  email?: string;
  fullName?: string;
  message?: string;
  topic?: 'sales' | 'support' | 'billing';
}

export async function POST(req: Request) {
  let payload: ContactRequest;
  try {
    payload = (await req.json()) as ContactRequest;
  } catch {
    return NextResponse.json({ error: 'invalid_json' }, { status: 400 });
  }

  const { email, fullName, message, topic = 'support' } = payload;
  if (!email || !message) {
    return NextResponse.json({ error: 'email_and_message_required' }, { status: 422 });
  }

  const { error } = await resend.emails.send({
    from: 'Kontaktskjema <kontakt@acme.no>',
    to: [`${topic}@acme.no`],
    replyTo: email,
    subject: `Ny henvendelse fra ${fullName ?? 'ukjent avsender'}`,
    text: message,
  });
  if (error) {
    console.error('resend failed', error.name);
    return NextResponse.json({ error: 'mail_failed' }, { status: 502 });
  }

  // The team channel only learns that something arrived and for which queue.
  await fetch(SLACK_WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: `Ny henvendelse i køen *${topic}*` }),
  });

  return NextResponse.json({ ok: true }, { status: 202 });
}
