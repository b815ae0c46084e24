import { AnalyticsBrowser } from '@segment/analytics-next';

export const analytics = AnalyticsBrowser.load({
  writeKey: process.env.NEXT_PUBLIC_SEGMENT_WRITE_KEY ?? '',
});

/** Chat widget of the support vendor; keeps the visitor's address in a class field. */
export class SupportWidget {
  private readonly visitorEmail: string;
  private opened = false;

  constructor(contact: { email: string }, private readonly endpoint = 'https://widget.helpbubble.example/v1') {
    this.visitorEmail = contact.email;
  }

  async open(topic: string): Promise<void> {
    if (this.opened) return;
    this.opened = true;
    await fetch(`${this.endpoint}/conversations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ topic, visitor: { email: this.visitorEmail } }),
    });
  }

  async ping(): Promise<boolean> {
    const res = await fetch(`${this.endpoint}/status`);
    return res.ok;
  }
}
