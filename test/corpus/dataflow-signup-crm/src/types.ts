export type Plan = 'free' | 'team' | 'enterprise';

export interface SignupForm {
  email: string;
  phone?: string;
  fullName: string;
  plan: Plan;
  companyName?: string;
  referralCode?: string;
  smsConsent?: boolean;
}

export interface MailchimpMember {
  email_address: string;
  status: 'subscribed' | 'pending';
  merge_fields: Record<string, string>;
  tags?: string[];
}

export const PLAN_LABELS: Record<Plan, string> = {
  free: 'Free',
  team: 'Team',
  enterprise: 'Enterprise',
};

export function isBusinessPlan(plan: Plan): boolean {
  return plan !== 'free';
}
