import { loadProfile, MemberProfile } from './profile-store';

const TRAVEL_API = 'https://api.wayfare-travel.example/v1';
const CDP_API = 'https://cdp.growthloop.example/v1';

async function send(url: string, method: 'POST' | 'PUT', payload: unknown, token: string): Promise<void> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`${new URL(url).host} answered ${res.status}`);
}

/** Travel profiles must match the passport exactly, or airlines refuse the booking. */
export async function syncTravelProfile(userId: string): Promise<void> {
  const profile: MemberProfile = await loadProfile(userId);
  await fetch(`${TRAVEL_API}/travellers/${profile.travellerRef}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.WAYFARE_TOKEN ?? ''}` },
    body: JSON.stringify({
      legalName: profile.legalName,
      dateOfBirth: profile.dateOfBirth,
      nationality: profile.nationality,
      gender: profile.gender,
    }),
  });
}

/** Marketing segments in the customer data platform. */
export async function syncMarketingProfile(userId: string): Promise<void> {
  const profile = await loadProfile(userId);
  await send(
    `${CDP_API}/profiles/${profile.userId}`,
    'PUT',
    {
      birthDate: profile.dateOfBirth,
      placeOfBirth: profile.placeOfBirth,
      countryOfResidence: profile.countryOfResidence,
      preferredLanguage: profile.preferredLanguage,
    },
    process.env.CDP_TOKEN ?? '',
  );
}
