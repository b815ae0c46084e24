export interface Account {
  vismaKundeId: string;
  tenantId: string;
  orgNumber: string;
  product: 'eAccounting' | 'Payroll' | 'Expense';
  seats: number;
  creditScore: number;
}

export interface ProvisioningContext {
  partnerRef: string;
  region: 'no' | 'se' | 'dk';
  requestedBy: 'self-service' | 'partner';
}

/** Kundenummer pattern used by the support tools, e.g. VK-1234567. */
export const vismaKundeIdPattern = /^VK-\d{7}$/;

export function isValidKundeId(value: string): boolean {
  return vismaKundeIdPattern.test(value);
}

export async function loadAccount(tenantId: string): Promise<Account> {
  const res = await fetch(`${process.env.API_BASE_URL}/internal/accounts/${encodeURIComponent(tenantId)}`);
  if (!res.ok) throw new Error(`account lookup failed: ${res.status}`);
  return (await res.json()) as Account;
}
