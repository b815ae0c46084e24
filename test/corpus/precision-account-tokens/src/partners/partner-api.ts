const PARTNER_API = 'https://api.loyaltyhub.example/v3';

/** One place for the partner's auth header and error handling. */
async function partnerRequest(token: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${PARTNER_API}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`loyalty partner ${path}: ${res.status}`);
  return res.json();
}

/** The token is the application's key, handed to the wrapper: our member id is a disclosure. */
export async function enrolMember(memberId: string) {
  return partnerRequest(process.env.LOYALTYHUB_KEY ?? '', '/members', { externalMemberId: memberId, tier: 'basic' });
}
