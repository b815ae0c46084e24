export interface CustomerProps {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  plan: 'starter' | 'growth' | 'enterprise';
  monthlySpendNok: number;
  currency: 'NOK' | 'EUR';
  vatRegistered: boolean;
  createdAt: string;
}

/** Rich domain object for a signed-in customer of the web shop admin. */
export class Customer {
  constructor(private readonly props: CustomerProps) {}

  get id(): string {
    return this.props.id;
  }

  get contact() {
    return { email: this.props.email, phone: this.props.phone ?? null };
  }

  get traits() {
    return {
      email: this.props.email,
      name: `${this.props.firstName} ${this.props.lastName}`,
      plan: this.props.plan,
      createdAt: this.props.createdAt,
    };
  }

  get tier(): 'self-serve' | 'assisted' {
    return this.props.plan === 'enterprise' || this.props.monthlySpendNok > 50_000 ? 'assisted' : 'self-serve';
  }

  get billingProfile() {
    return { currency: this.props.currency, vatRegistered: this.props.vatRegistered, plan: this.props.plan };
  }

  get supportContext() {
    return { customerId: this.props.id, tier: this.tier };
  }

  static fromJson(json: string): Customer {
    return new Customer(JSON.parse(json) as CustomerProps);
  }
}
