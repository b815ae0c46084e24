import { createFetch } from '@better-fetch/fetch';

const postmark = createFetch({
  baseURL: 'https://api.postmarkapp.com',
  headers: { 'X-Postmark-Server-Token': process.env.POSTMARK_TOKEN ?? '' },
  retry: { type: 'linear', attempts: 2, delay: 500 },
});

export async function sendDemoConfirmation(to: string, contactName: string, slot: string): Promise<void> {
  await postmark('@post/email/withTemplate', {
    body: { From: 'demo@salgsbua.no', To: to, TemplateAlias: 'demo-confirmed', TemplateModel: { contactName, slot } },
  });
}

export async function serverStatus(): Promise<string> {
  const { data } = await postmark<{ status: string }>('/server');
  return data?.status ?? 'unknown';
}
