export interface NewAccount {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  companyName: string;
  plan: 'starter' | 'growth' | 'scale';
  seats: number;
}

const accounts = new Map<string, NewAccount>();

export async function createAccount(input: Omit<NewAccount, 'id'>): Promise<NewAccount> {
  const account = { ...input, id: `acc_${accounts.size + 1}` };
  accounts.set(account.id, account);
  return account;
}

export async function findAccount(id: string): Promise<NewAccount | undefined> {
  return accounts.get(id);
}
