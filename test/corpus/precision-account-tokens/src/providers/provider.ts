export interface ConnectedAccount {
  id: string;
  /** The platform's own id for the connected account, saved when the OAuth flow finished. */
  internalId: string;
  token: string;
  refreshToken: string;
  ownerEmail: string;
}

export interface PublishedPost {
  postId: string;
  url: string;
}

export interface SocialProvider {
  identifier: string;
  refreshToken(refresh: string): Promise<{ accessToken: string; refreshToken: string }>;
  post(accountId: string, accessToken: string, message: string): Promise<PublishedPost>;
}

export abstract class BaseProvider {
  /** Every provider goes through one fetch so that retries and rate limits live in one place. */
  protected async request(url: string, options: RequestInit = {}, attempt = 0): Promise<Response> {
    const res = await fetch(url, { ...options, signal: AbortSignal.timeout(15_000) });
    if (res.status === 429 && attempt < 3) {
      await new Promise((r) => setTimeout(r, 1_000 * (attempt + 1)));
      return this.request(url, options, attempt + 1);
    }
    return res;
  }
}
