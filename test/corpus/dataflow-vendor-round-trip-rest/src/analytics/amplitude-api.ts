/**
 * Thin client for Amplitude's REST APIs (user search, cohorts, user privacy). Self-hosted proxies
 * set AMPLITUDE_API_HOST; the EU project talks to Amplitude's EU data centre.
 */
export const AMPLITUDE_HOST = process.env.AMPLITUDE_API_HOST ?? 'https://analytics.eu.amplitude.com';

const MAX_RETRIES = 3;

export function amplitudeAuth(): string {
  const key = process.env.AMPLITUDE_API_KEY ?? '';
  const secret = process.env.AMPLITUDE_SECRET_KEY ?? '';
  return `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
}

export async function amplitudeApi({
  path,
  method = 'GET',
  body,
}: {
  path: string;
  method?: 'GET' | 'POST';
  body?: unknown;
}) {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${AMPLITUDE_HOST}${path}`, {
      method,
      headers: { Authorization: amplitudeAuth(), 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 429 && attempt < MAX_RETRIES) {
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
      continue;
    }
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}`);
    return res.status === 204 ? null : res.json();
  }
}
