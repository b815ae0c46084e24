const BANK_API = 'https://api.bankbridge.example';

/**
 * Bank linking: the request is made as the application (its client id and secret); the item's
 * access token only says which bank connection to update. The user id is ours, sent to the bank
 * aggregator: a disclosure even beside a token.
 */
export async function createLinkToken(userId: string, itemAccessToken?: string): Promise<string> {
  const res = await fetch(`${BANK_API}/link/token/create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      client_id: process.env.BANKBRIDGE_CLIENT_ID,
      secret: process.env.BANKBRIDGE_SECRET,
      client_name: 'Ledgerly',
      access_token: itemAccessToken,
      language: 'en',
      user: { client_user_id: userId },
    }),
  });
  if (!res.ok) throw new Error(`link token: ${res.status}`);
  const { link_token } = (await res.json()) as { link_token: string };
  return link_token;
}
