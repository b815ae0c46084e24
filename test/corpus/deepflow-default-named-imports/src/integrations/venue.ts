import got from 'got';

export interface GuestListEntry {
  guestName: string;
  seat: string;
}

export default class VenueClient {
  private readonly base = 'https://access.venuegate.example/api';

  constructor(private readonly venueId: string) {}

  async registerGuestList(eventId: string, guests: GuestListEntry[]): Promise<void> {
    await got.post(`${this.base}/venues/${this.venueId}/events/${eventId}/guests`, {
      json: { guests },
      headers: { authorization: `Bearer ${process.env.VENUEGATE_TOKEN ?? ''}` },
    });
  }

  async checkIn(eventId: string, ticketCode: string): Promise<boolean> {
    const res = await got.post(`${this.base}/venues/${this.venueId}/events/${eventId}/checkins`, {
      json: { ticketCode },
      throwHttpErrors: false,
    });
    return res.statusCode === 201;
  }
}
