export interface MailResult {
  id: string;
  message: string;
}

export class TransactionalMailer {
  private readonly baseUrl = 'https://api.eu.mailgun.net/v3/mg.acme.no';
  private readonly authHeader = `Basic ${Buffer.from(`api:${process.env.MAILGUN_KEY}`).toString('base64')}`;

  async send(to: string, subject: string, html: string): Promise<MailResult> {
    const form = new URLSearchParams({ from: 'Acme Salg <salg@acme.no>', to, subject, html });
    const res = await fetch(`${this.baseUrl}/messages`, {
      method: 'POST',
      headers: { Authorization: this.authHeader },
      body: form,
    });
    if (!res.ok) throw new Error(`mailgun answered ${res.status}`);
    return (await res.json()) as MailResult;
  }

  async domainIsVerified(): Promise<boolean> {
    const res = await fetch(`${this.baseUrl}/verify`, { method: 'PUT', headers: { Authorization: this.authHeader } });
    return res.ok;
  }
}

export function renderWelcome(source: string): string {
  return `<p>Takk for at du tok kontakt via ${source}. En rådgiver ringer deg innen én arbeidsdag.</p>`;
}
