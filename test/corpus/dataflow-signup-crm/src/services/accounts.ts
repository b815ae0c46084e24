import type { Plan } from '../types';

const ACCOUNTS_API = 'https://accounts.internal.acme.io/v1/accounts';

export interface Account {
  id: string;
  plan: Plan;
  createdAt: string;
}

export class AccountConflictError extends Error {
  constructor() {
    super('An account with this address already exists');
    this.name = 'AccountConflictError';
  }
}

export async function createAccount(input: { email: string; fullName: string; plan: Plan }): Promise<Account> {
  const res = await fetch(ACCOUNTS_API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Service': 'signup' },
    body: JSON.stringify(input),
  });
  if (res.status === 409) {
    throw new AccountConflictError();
  }
  if (!res.ok) {
    throw new Error(`accounts service answered ${res.status}`);
  }
  return (await res.json()) as Account;
}
