export interface Ticket {
  id: string;
  subject: string;
  body: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  productArea: 'billing' | 'integrations' | 'mobile';
}

const sample: Ticket[] = [];

export async function loadTicket(id: string): Promise<Ticket | null> {
  return sample.find((t) => t.id === id) ?? null;
}

export async function saveDraft(ticketId: string, draft: string): Promise<void> {
  const ticket = sample.find((t) => t.id === ticketId);
  if (ticket) ticket.body = `${ticket.body}\n\n---\n${draft}`;
}
