import got, { HTTPError } from 'got';

export interface PostOptions {
  headers?: Record<string, string>;
  idempotencyKey?: string;
}

/** JSON POST with retries and timeouts shared by every integration. */
export async function postJson<T>(url: string, payload: unknown, options: PostOptions = {}): Promise<T> {
  try {
    return await got
      .post(url, {
        json: payload,
        headers: {
          ...options.headers,
          ...(options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {}),
        },
        timeout: { request: 10_000 },
        retry: { limit: 2, methods: ['POST'], statusCodes: [429, 502, 503] },
      })
      .json<T>();
  } catch (err) {
    if (err instanceof HTTPError) {
      throw new Error(`POST ${new URL(url).host} failed with ${err.response.statusCode}`);
    }
    throw err;
  }
}

export async function getJson<T>(url: string): Promise<T> {
  return got(url, { timeout: { request: 5_000 } }).json<T>();
}
