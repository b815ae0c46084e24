import type { NewMember } from './integrations/slack';

const members = new Map<string, NewMember>();

export async function createMember(input: Omit<NewMember, 'id'>): Promise<NewMember> {
  const member = { id: `m_${members.size + 1}`, ...input };
  members.set(member.id, member);
  return member;
}

/** Queues the welcome mail in our own mail service; returns its HTTP status. */
export async function sendWelcomeMail(member: NewMember): Promise<number> {
  const res = await fetch('/internal/mail/welcome', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ memberId: member.id }),
  });
  return res.status;
}
