import { Router } from 'express';
import { supportLog } from './support-logger';
import { createTicket, assignTicket, TicketPriority } from './ticket-store';

interface NewTicketBody {
  requesterEmail: string;
  requesterName: string;
  subject: string;
  priority: TicketPriority;
}

export const ticketsRouter = Router();

ticketsRouter.post('/tickets', async (req, res, next) => {
  const body = req.body as NewTicketBody;
  try {
    const ticket = await createTicket(body);
    supportLog.info('ticket opened', {
      ticketId: ticket.id,
      priority: body.priority,
      requesterEmail: body.requesterEmail,
      requesterName: body.requesterName,
    });
    res.status(201).json({ ticketId: ticket.id });
  } catch (err) {
    supportLog.error('ticket creation failed', { priority: body.priority, error: (err as Error).message });
    next(err);
  }
});

ticketsRouter.post('/tickets/:id/assign', async (req, res, next) => {
  try {
    const { queue } = req.body as { queue: string };
    const ticket = await assignTicket(req.params.id, queue);
    supportLog.info('ticket assigned', { ticketId: ticket.id, queue, waitingMinutes: ticket.waitingMinutes });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});
