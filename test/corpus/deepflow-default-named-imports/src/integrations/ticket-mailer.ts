const POSTMARK = 'https://api.postmarkapp.com/email/withTemplate';

export interface TicketDelivery {
  to: string;
  buyerName: string;
  eventTitle: string;
  tickets: Array<{ code: string; seat: string }>;
}

/** Sends the PDF tickets of one order; the default export of this module. */
export default async function sendTickets(delivery: TicketDelivery): Promise<void> {
  const res = await fetch(POSTMARK, {
    method: 'POST',
    headers: {
      'X-Postmark-Server-Token': process.env.POSTMARK_TOKEN ?? '',
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: JSON.stringify({
      From: 'billetter@billettluka.no',
      To: delivery.to,
      TemplateAlias: 'tickets',
      TemplateModel: { name: delivery.buyerName, event: delivery.eventTitle, tickets: delivery.tickets },
    }),
  });
  if (!res.ok) throw new Error(`postmark answered ${res.status}`);
}
