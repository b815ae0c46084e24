import { Pool } from 'undici';

// Keep-alive connections to the SMS provider: reminders go out in bursts.
const smsPool = new Pool('https://api.sveve.no', { connections: 8, pipelining: 1 });

export async function sendSms(to: string, text: string): Promise<boolean> {
  const { statusCode, body } = await smsPool.request({
    path: '/SMS/SendMessage',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: process.env.SVEVE_USER, passwd: process.env.SVEVE_PASS, to, msg: text, f: 'json' }),
  });
  await body.dump();
  return statusCode === 200;
}

export async function closeSms(): Promise<void> {
  await smsPool.close();
}
