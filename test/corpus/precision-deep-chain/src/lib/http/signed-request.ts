import { createHmac } from 'node:crypto';
import { sendJson } from './transport';

const PENSION_API = 'https://api.pensjonsleverandor.example/v2';

function sign(path: string, timestamp: string): string {
  return createHmac('sha256', process.env.PENSION_SIGNING_KEY ?? '').update(`${timestamp}:${path}`).digest('hex');
}

/** Requests to the pension provider carry an HMAC of the path and time. */
export async function signedPost<T>(path: string, payload: object): Promise<T> {
  const timestamp = new Date().toISOString();
  return sendJson<T>(`${PENSION_API}${path}`, payload, {
    'x-timestamp': timestamp,
    'x-signature': sign(path, timestamp),
  });
}
