import { type NextRequest, NextResponse } from 'next/server';
import mailchimp from '@mailchimp/mailchimp_marketing';

mailchimp.setConfig({ apiKey: process.env.MAILCHIMP_API_KEY, server: 'us21' });

const LIST_ID = process.env.MAILCHIMP_LIST_ID ?? '';
const PLAUSIBLE = 'https://plausible.io/api/event';

// Double opt-in link from the confirmation mail: /api/newsletter?email=…&token=…
export async function GET(request: NextRequest) {
  const email = request.nextUrl.searchParams.get('email');
  const token = request.nextUrl.searchParams.get('token');
  if (!email || !token) {
    return NextResponse.redirect(new URL('/newsletter?error=link', request.url));
  }

  try {
    await mailchimp.lists.addListMember(LIST_ID, {
      email_address: email,
      status: 'subscribed',
      tags: ['website'],
    });
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status !== 400) {
      console.error('mailchimp failed', status);
      return NextResponse.redirect(new URL('/newsletter?error=upstream', request.url));
    }
  }

  await fetch(PLAUSIBLE, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'acme-web/1.0' },
    body: JSON.stringify({ name: 'Newsletter Confirmed', domain: 'acme.no', url: 'https://acme.no/newsletter' }),
  });

  return NextResponse.redirect(new URL('/newsletter/welcome', request.url));
}
