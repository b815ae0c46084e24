export interface Customer {
  id: string;
  email: string;
  fullName: string;
  country: string;
  plan: 'free' | 'team' | 'enterprise';
}

const customers = new Map<string, Customer>([
  ['cus_1', { id: 'cus_1', email: 'kari@example.no', fullName: 'Kari Nordmann', country: 'NO', plan: 'team' }],
]);

export async function loadCustomer(id: string): Promise<Customer | undefined> {
  return customers.get(id);
}

export async function saveCustomer(customer: Customer): Promise<void> {
  customers.set(customer.id, customer);
}

export async function dueInvoices(): Promise<Array<{ id: string; amountCents: number }>> {
  return [
    { id: 'in_1', amountCents: 129900 },
    { id: 'in_2', amountCents: 49900 },
  ];
}
