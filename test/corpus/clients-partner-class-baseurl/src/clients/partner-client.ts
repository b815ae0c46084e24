import { setTimeout as sleep } from 'node:timers/promises';

export interface PartnerClientOptions {
  baseUrl: string;
  apiKey: string;
  retries?: number;
}

export interface PartnerCustomer {
  externalRef: string;
  fullName: string;
  email: string;
  phone?: string;
}

export interface OrderStats {
  day: string;
  orders: number;
  revenueNok: number;
}

export class PartnerApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'PartnerApiError';
  }
}

/** Client for the REST API our resellers expose: one instance per partner. */
export class PartnerClient {
  private readonly retries: number;

  constructor(private readonly options: PartnerClientOptions) {
    this.retries = options.retries ?? 2;
  }

  private async post(path: string, body: unknown): Promise<Response> {
    let attempt = 0;
    for (;;) {
      const res = await fetch(`${this.options.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Api-Key': this.options.apiKey },
        body: JSON.stringify(body),
      });
      if (res.status < 500 || attempt >= this.retries) return res;
      attempt += 1;
      await sleep(250 * attempt);
    }
  }

  async registerCustomer(customer: PartnerCustomer): Promise<string> {
    const res = await this.post('/v1/customers', customer);
    if (!res.ok) throw new PartnerApiError(res.status, `registerCustomer failed with ${res.status}`);
    const { id } = (await res.json()) as { id: string };
    return id;
  }

  async reportOrderStats(stats: OrderStats): Promise<void> {
    const res = await this.post('/v1/stats/orders', stats);
    if (!res.ok) throw new PartnerApiError(res.status, 'reportOrderStats failed');
  }

  async ping(): Promise<boolean> {
    try {
      const res = await fetch(`${this.options.baseUrl}/v1/ping`, { signal: AbortSignal.timeout(2_000) });
      return res.ok;
    } catch {
      return false;
    }
  }
}
