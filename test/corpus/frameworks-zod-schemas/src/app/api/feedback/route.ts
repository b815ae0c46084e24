import { badRequest, Feedback } from '../../../lib/schemas';

const FEEDBACK_BOARD = 'https://api.featureboard.example/v1/posts';

export async function POST(req: Request) {
  const parsed = Feedback.safeParse(await req.json());
  if (!parsed.success) return badRequest(parsed.error);
  const feedback: Feedback = parsed.data;

  if (feedback.rating <= 2 && !feedback.comment) {
    return Response.json({ ok: true, followUp: 'ask-for-comment' });
  }

  const res = await fetch(FEEDBACK_BOARD, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.FEATUREBOARD_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(feedback),
  });
  if (!res.ok) {
    console.warn(`feedback board answered ${res.status}`);
  }
  return Response.json({ ok: true });
}
