export type Role = 'owner' | 'admin' | 'member';

export interface User {
  id: string;
  fullName: string;
  email: string;
  phone?: string;
  role: Role;
  plan: 'team' | 'business';
  newsletter: boolean;
  createdAt: string;
}

export interface Invitation {
  fullName: string;
  email: string;
  invitedBy: string;
}

export function byCreatedAt(a: User, b: User): number {
  return a.createdAt.localeCompare(b.createdAt);
}

export function isStaffAddress(email: string): boolean {
  return email.endsWith('@teamsuite.no');
}
