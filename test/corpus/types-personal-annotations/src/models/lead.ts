export type LeadSource = 'web' | 'event' | 'partner';

export interface Lead {
  /** @personal user.contact.email */
  contactPoint: string;
  /** @personal user.contact.phone_number */
  callback?: string;
  source: LeadSource;
  /** @personal user.content.private */
  message: string;
  score: number;
  receivedAt: string;
}

export function scoreLead(source: LeadSource, messageLength: number): number {
  const base = source === 'partner' ? 40 : source === 'event' ? 25 : 10;
  return Math.min(100, base + Math.floor(messageLength / 20));
}

export function isQualified(lead: Pick<Lead, 'score'>): boolean {
  return lead.score >= 50;
}
