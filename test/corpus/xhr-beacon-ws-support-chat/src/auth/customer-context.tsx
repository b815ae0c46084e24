import { createContext, ReactNode, useContext } from 'react';

export interface CurrentCustomer {
  customerId: string;
  email: string;
  name: string;
}

const CustomerContext = createContext<CurrentCustomer | null>(null);

/** Mounted by the signed-in layout with the customer the server rendered the page for. */
export function CustomerProvider({ customer, children }: { customer: CurrentCustomer | null; children: ReactNode }) {
  return <CustomerContext.Provider value={customer}>{children}</CustomerContext.Provider>;
}

export function useCurrentCustomer(): CurrentCustomer | null {
  return useContext(CustomerContext);
}
