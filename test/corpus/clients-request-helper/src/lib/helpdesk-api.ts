export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const BASE_URL = 'https://acme.helpdesk-saas.com/api/v2';

export class HelpdeskError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'HelpdeskError';
  }
}

function authHeader(): string {
  const token = process.env.HELPDESK_TOKEN;
  if (!token) throw new Error('HELPDESK_TOKEN is not set');
  return `Basic ${Buffer.from(`support@acme.no/token:${token}`).toString('base64')}`;
}

/** The one place that talks to the helpdesk vendor. */
export async function request<T = unknown>(method: Method, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Authorization: authHeader(),
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const detail = await res.text().catch(() => '');
    throw new HelpdeskError(res.status, path, `${method} ${path} -> ${res.status} ${detail.slice(0, 200)}`);
  }
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}
