export interface Customer {
  email: string;
  phone: string;
  plan: string;
}

export interface PlanChange {
  plan: string;
  seats: number;
  effectiveFrom: string;
}

export type Invoice = {
  number: string;
  amountDue: number;
  currency: 'NOK' | 'EUR';
};

export interface CustomerWithInvoices extends Customer {
  invoices: Invoice[];
}

/** Workspace settings shown in the admin UI. */
export interface WorkspaceSettings {
  nameSpace: string;
  emailVerified: boolean;
  phoneCount: number;
  addressBar: 'compact' | 'full';
  theme: 'light' | 'dark';
}

export class Subscriber {
  constructor(
    public readonly email: string,
    public readonly plan: string,
    public readonly subscribedAt: Date = new Date(),
  ) {}
}
