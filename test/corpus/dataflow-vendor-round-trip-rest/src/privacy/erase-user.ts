import { AMPLITUDE_HOST, amplitudeAuth } from '../analytics/amplitude-api';

export interface DeletedUser {
  id: string;
  email: string;
  deletedAt: Date;
}

/**
 * Right to erasure: finds the analytics profiles Amplitude keeps for a deleted account and asks
 * Amplitude to delete them. Looking the user up sends our user id; the deletion request only
 * sends back the ids Amplitude's own search returned.
 */
export async function eraseFromAmplitude(user: DeletedUser): Promise<number> {
  const headers = { Authorization: amplitudeAuth() };
  const search = await fetch(`${AMPLITUDE_HOST}/api/2/usersearch?user=${encodeURIComponent(user.id)}`, { headers });
  if (!search.ok) throw new Error(`Amplitude user search failed: ${search.status}`);

  const { matches } = (await search.json()) as {
    matches?: Array<{ amplitude_id: number; user_id: string; last_seen?: string }>;
  };
  const profile = matches?.[0];
  if (!profile) return 0;

  const deletion = await fetch(`${AMPLITUDE_HOST}/api/2/deletions/users`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      amplitude_ids: [profile.amplitude_id],
      user_ids: [profile.user_id],
      requester: 'privacy-bot',
      ignore_invalid_id: 'true',
    }),
  });
  if (!deletion.ok) throw new Error(`Amplitude deletion failed: ${deletion.status}`);
  return matches.length;
}
