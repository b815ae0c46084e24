import type { Profile } from './profile';

export const INTERCOM_API = 'https://api.intercom.io';

export interface IntercomContact {
  role: 'user' | 'lead';
  external_id: string;
  email: string;
  phone?: string;
  name: string;
  custom_attributes: Record<string, string | number | boolean>;
}

/** Maps our profile onto an Intercom contact. */
export function toIntercomContact(profile: Profile): IntercomContact {
  const contact: IntercomContact = {
    role: 'user',
    external_id: profile.userId,
    email: profile.email,
    name: profile.fullName,
    custom_attributes: { source: 'web-app', synced_at: Date.now() },
  };
  if (profile.phoneNumber) {
    contact.phone = profile.phoneNumber;
  }
  return contact;
}

export function intercomHeaders(): HeadersInit {
  return {
    Authorization: `Bearer ${process.env.INTERCOM_TOKEN}`,
    'Content-Type': 'application/json',
    'Intercom-Version': '2.11',
  };
}
