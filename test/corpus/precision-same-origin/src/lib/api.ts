/** Browser side of the customer portal: the portal's own API, served from the same origin. */
export interface Profile {
  email: string;
  fullName: string;
  phone?: string;
}

export async function saveProfile(profile: Profile): Promise<void> {
  const url = new URL('/api/profile', window.location.origin);
  const res = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(profile),
  });
  if (!res.ok) throw new Error(`Saving the profile failed (${res.status})`);
}

export async function requestEmailChange(currentEmail: string, newEmail: string): Promise<void> {
  await fetch(`${location.origin}/api/profile/email`, {
    method: 'POST',
    body: JSON.stringify({ currentEmail, newEmail }),
  });
}

export function reportProblem(email: string, message: string): void {
  const body = new Blob([JSON.stringify({ email, message })], { type: 'application/json' });
  navigator.sendBeacon(new URL('api/problems', document.baseURI), body);
}

export async function lookupAddress(postalCode: string, street: string): Promise<string[]> {
  const res = await fetch(`${self.location.origin}/api/address?postalCode=${postalCode}&street=${encodeURIComponent(street)}`);
  return (await res.json()) as string[];
}
