import type { Member } from '../members/repository';

const PLAN_LABELS: Record<Member['plan'], string> = {
  basic: 'Basis',
  family: 'Familie',
  premium: 'Premium',
};

export function planLabel(plan: Member['plan']): string {
  return PLAN_LABELS[plan];
}

export function formatName(member: Member): string {
  return `${member.firstName} ${member.lastName}`.trim();
}

export function isBirthdayToday(member: Member, today = new Date()): boolean {
  const [, month, day] = member.birthDate.split('-').map(Number);
  return month === today.getMonth() + 1 && day === today.getDate();
}

export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const dayNum = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dayNum);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
