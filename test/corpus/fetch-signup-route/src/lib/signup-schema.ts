export type Plan = 'starter' | 'team' | 'enterprise';

export interface SignupInput {
  email: string;
  phone: string;
  plan: Plan;
  emailTemplateId: string;
  marketingOptIn: boolean;
}

const PLANS: readonly Plan[] = ['starter', 'team', 'enterprise'];
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class SignupValidationError extends Error {
  constructor(public readonly field: keyof SignupInput) {
    super(`Invalid signup field: ${field}`);
    this.name = 'SignupValidationError';
  }
}

export function parseSignup(raw: unknown): SignupInput {
  if (typeof raw !== 'object' || raw === null) {
    throw new SignupValidationError('email');
  }
  const value = raw as Record<string, unknown>;
  if (typeof value.email !== 'string' || !EMAIL_PATTERN.test(value.email)) {
    throw new SignupValidationError('email');
  }
  if (typeof value.phone !== 'string' || value.phone.replace(/\D/g, '').length < 8) {
    throw new SignupValidationError('phone');
  }
  const plan = PLANS.includes(value.plan as Plan) ? (value.plan as Plan) : 'starter';
  return {
    email: value.email.trim().toLowerCase(),
    phone: value.phone.trim(),
    plan,
    emailTemplateId: plan === 'enterprise' ? 'welcome-enterprise-v3' : 'welcome-self-serve-v7',
    marketingOptIn: value.marketingOptIn === true,
  };
}
