import { Router } from 'express';
import { loadTicket, loadAbsenceCase, markShared } from '../tickets/store';

const FORUM_API = 'https://api.community.visma.com/v2';
const FORUM_TOKEN = process.env.COMMUNITY_TOKEN ?? '';

const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${FORUM_TOKEN}` };

export const forumRouter = Router();

// "Ask the community": publishes the ticket as a question, signed by the customer.
forumRouter.post('/tickets/:ticketId/ask-community', async (req, res, next) => {
  try {
    const ticket = await loadTicket(req.params.ticketId);
    const customer = ticket.customer;
    const response = await fetch(`${FORUM_API}/posts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        board: 'payroll-questions',
        title: ticket.subject,
        body: ticket.description,
        author: { displayName: customer.name, email: customer.email },
      }),
    });
    const post = (await response.json()) as { postId: string };
    await markShared(ticket.ticketId, post.postId);
    res.json({ postId: post.postId });
  } catch (err) {
    next(err);
  }
});

// Agents sometimes paste the whole case when they ask colleagues in the partner board.
forumRouter.post('/tickets/:ticketId/ask-partners', async (req, res, next) => {
  try {
    const ticket = await loadTicket(req.params.ticketId);
    const customer = ticket.customer;
    await fetch('https://community.visma.com/api/v2/posts', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        board: 'partner-lounge',
        title: `Help needed: ${ticket.subject}`,
        body: `Customer ${customer.name}, fnr ${customer.fnr}, gets error E1042 when filing the report.`,
      }),
    });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

forumRouter.post('/absence/:caseId/ask-community', async (req, res, next) => {
  try {
    const absence = await loadAbsenceCase(req.params.caseId);
    await fetch(`${FORUM_API}/posts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        board: 'hr-questions',
        title: 'How do I register graded sick leave?',
        body: `Employee is on 50% sick leave (${absence.diagnosis}) from ${absence.startDate}. Which code applies?`,
      }),
    });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
