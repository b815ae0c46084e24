import { NextResponse } from 'next/server';
import { getStripe } from '../../../lib/stripe';
import { requireUser } from '../../../lib/session';

export async function GET() {
  const user = await requireUser();
  if (!user?.stripeCustomerId) return NextResponse.json({ invoices: [] });
  const invoices = await getStripe().invoices.list({ limit: 12, status: 'paid' });
  return NextResponse.json({
    invoices: invoices.data.map((inv) => ({ number: inv.number, total: inv.total, paidAt: inv.status_transitions.paid_at })),
  });
}
