export interface Customer {
  customerId: string;
  email: string;
  fullName: string;
  address: string;
  plan: 'basic' | 'plus';
}

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface Order {
  id: string;
  customerId: string;
  status: 'paid' | 'fulfilled' | 'refunded';
  totalCents: number;
  currency: 'NOK' | 'SEK' | 'EUR';
  lines: OrderLine[];
  createdAt: string;
}

export class NotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`);
    this.name = 'NotFoundError';
  }
}
