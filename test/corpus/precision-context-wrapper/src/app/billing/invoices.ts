import { track } from '../../lib/analytics';

interface Invoice {
  id: string;
  amount: number;
  currency: string;
  customerName: string;
}

interface Session {
  user: { id: string; email: string; name: string };
  workspaceId: string;
}

export async function createInvoice(session: Session, draft: Omit<Invoice, 'id'>): Promise<Invoice> {
  const invoice: Invoice = { ...draft, id: crypto.randomUUID() };
  await track('invoice.created');
  return invoice;
}

export async function sendInvoice(session: Session, invoice: Invoice): Promise<void> {
  if (invoice.amount <= 0) throw new Error('Nothing to send');
  await track('invoice.sent', { workspaceId: session.workspaceId });
}

export async function exportLedger(session: Session): Promise<string> {
  const csv = ['id,amount,currency'].join('\n');
  await track('report.exported', { userEmail: session.user.email, userId: session.user.id });
  return csv;
}
