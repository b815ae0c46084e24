/** Field names of the marketing vendors, kept in one place so a renamed field is a one-line change. */
export const EMAIL_FIELD = 'email';
export const PLAN_FIELD = 'requested_plan__c';
export const UTM_FIELD = 'utm_source';

export const FIELDS = {
  PLAN: 'plan',
  SEATS: 'seats',
  REFERRER: 'referrer',
} as const;

/** Our form field → HubSpot contact property. */
export const HUBSPOT_FIELD_MAP = {
  email: 'email',
  phone: 'mobilephone',
  firstName: 'firstname',
} as const;

/** Fields the public pricing experiment may see. */
export const EXPERIMENT_FIELDS = new Set<string>([FIELDS.PLAN, FIELDS.SEATS, FIELDS.REFERRER]);

export interface DemoRequestForm {
  firstName: string;
  email: string;
  phone: string;
  plan: 'starter' | 'scale' | 'enterprise';
  seats: number;
  referrer?: string;
  message?: string;
}
