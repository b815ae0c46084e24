import ky from 'ky';

const api = ky.create({ prefixUrl: '/api', timeout: 8000, retry: 1 });

export interface FeedbackForm {
  rating: 1 | 2 | 3 | 4 | 5;
  comment: string;
  email?: string;
  page: string;
}

export interface FeedbackReceipt {
  feedbackId: string;
}

export async function submitFeedback(): Promise<FeedbackReceipt | null> {
  const form = document.querySelector<HTMLFormElement>('#feedback-form');
  if (!form) return null;
  const data = new FormData(form);
  const email = String(data.get('email') ?? '');
  const rating = Number(data.get('rating')) as FeedbackForm['rating'];

  try {
    return await api
      .post('feedback', { json: { rating, comment: String(data.get('comment') ?? ''), email, page: location.pathname } })
      .json<FeedbackReceipt>();
  } catch (err) {
    console.warn('feedback not sent', err);
    return null;
  }
}

export async function fetchFeedbackStats(): Promise<{ average: number; count: number }> {
  return ky.get('https://widgets.ratingbox.io/public/stats', { searchParams: { site: 'lumen-app' } }).json();
}
