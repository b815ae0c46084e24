import got, { type Got } from 'got';

export interface SmsReceipt {
  messageId: string;
  parts: number;
}

/** SMS sending through the gateway; the URL differs between test and production. */
export class SmsGatewayClient {
  private readonly http: Got;

  constructor(baseUrl: string = process.env.SMS_GATEWAY_URL ?? '', apiKey = process.env.SMS_API_KEY ?? '') {
    this.http = got.extend({
      prefixUrl: baseUrl,
      headers: { authorization: `Bearer ${apiKey}` },
      timeout: { request: 5_000 },
      retry: { limit: 2, methods: ['POST'] },
    });
  }

  async send(to: string, text: string): Promise<SmsReceipt> {
    return this.http.post('v1/messages', { json: { to, text, sender: 'Smilet' } }).json<SmsReceipt>();
  }

  async remainingCredits(): Promise<number> {
    const { credits } = await this.http.get('v1/account').json<{ credits: number }>();
    return credits;
  }
}
