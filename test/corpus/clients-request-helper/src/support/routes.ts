import express, { type NextFunction, type Request, type Response } from 'express';
import { HelpdeskError, request } from '../lib/helpdesk-api';

interface ContactForm {
  requesterName: string;
  requesterEmail: string;
  topic: 'billing' | 'technical' | 'other';
  subject: string;
  message: string;
}

interface Ticket {
  id: number;
  status: 'new' | 'open' | 'pending' | 'solved';
  subject: string;
}

export const supportRouter = express.Router();

supportRouter.post('/support/tickets', express.json(), async (req: Request, res: Response, next: NextFunction) => {
  const form = req.body as ContactForm;
  try {
    const { ticket } = await request<{ ticket: Ticket }>('POST', '/tickets', {
      ticket: {
        subject: form.subject,
        comment: { body: form.message },
        requester: { name: form.requesterName, email: form.requesterEmail },
      },
    });
    await request('PUT', `/tickets/${ticket.id}/tags`, { tags: [form.topic, 'web-form'] });
    res.status(201).json({ ticketId: ticket.id });
  } catch (err) {
    next(err);
  }
});

supportRouter.post('/support/callback', express.json(), async (req, res, next) => {
  const { customerName, phone, preferredTime } = req.body as { customerName: string; phone: string; preferredTime: string };
  try {
    await request('POST', '/tickets', {
      ticket: {
        subject: `Ring tilbake ${preferredTime}`,
        comment: { body: `Ønsker å bli ringt på ${phone}` },
        requester: { name: customerName },
        tags: ['callback'],
      },
    });
    res.status(202).end();
  } catch (err) {
    next(err);
  }
});

supportRouter.get('/support/tickets/:id', async (req, res, next) => {
  try {
    const { ticket } = await request<{ ticket: Ticket }>('GET', `/tickets/${Number(req.params.id)}`);
    res.json({ id: ticket.id, status: ticket.status, subject: ticket.subject });
  } catch (err) {
    if (err instanceof HelpdeskError && err.status === 404) {
      res.status(404).end();
      return;
    }
    next(err);
  }
});

supportRouter.get('/support/history', async (req, res, next) => {
  const customerEmail = String(req.query.email ?? '');
  try {
    const query = encodeURIComponent(`type:ticket requester:${customerEmail}`);
    const result = await request<{ results: Ticket[] }>('GET', `/search.json?query=${query}`);
    res.json(result.results.map((t) => ({ id: t.id, status: t.status })));
  } catch (err) {
    next(err);
  }
});

supportRouter.post('/support/tickets/:id/solve', async (req, res, next) => {
  try {
    await request('PUT', `/tickets/${Number(req.params.id)}`, { ticket: { status: 'solved' } });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
