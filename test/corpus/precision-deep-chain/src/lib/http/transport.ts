/** The one place that talks HTTP for the integrations: timeouts, JSON, error mapping. */
export class TransportError extends Error {
  constructor(readonly status: number, readonly url: string) {
    super(`${url} answered ${status}`);
  }
}

export async function sendJson<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (!res.ok) throw new TransportError(res.status, url);
    return (await res.json()) as T;
  } finally {
    clearTimeout(timer);
  }
}
