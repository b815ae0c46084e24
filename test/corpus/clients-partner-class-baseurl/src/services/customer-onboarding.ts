import { PartnerApiError, PartnerClient, type PartnerCustomer } from '../clients/partner-client';

const reseller = new PartnerClient({ baseUrl: 'https://api.partner.no', apiKey: process.env.PARTNER_API_KEY ?? '' });
const accounting = new PartnerClient({
  baseUrl: 'https://api.regnskapspartner.no',
  apiKey: process.env.REGNSKAP_API_KEY ?? '',
  retries: 4,
});

export interface SignupRecord {
  customerId: string;
  fullName: string;
  email: string;
  phone?: string;
  channel: 'reseller' | 'direct';
  acceptedPartnerTerms: boolean;
}

export interface OnboardingResult {
  accountingRef: string;
  resellerRef?: string;
}

export async function onboardCustomer(signup: SignupRecord): Promise<OnboardingResult> {
  const record: PartnerCustomer = {
    externalRef: signup.customerId,
    fullName: signup.fullName,
    email: signup.email,
    phone: signup.phone,
  };

  // Bookkeeping for every subscription goes to the accounting partner (declared, with a purpose).
  const accountingRef = await accounting.registerCustomer(record);

  if (signup.channel !== 'reseller' || !signup.acceptedPartnerTerms) {
    return { accountingRef };
  }

  try {
    const resellerRef = await reseller.registerCustomer({
      externalRef: signup.customerId,
      fullName: signup.fullName,
      email: signup.email,
    });
    return { accountingRef, resellerRef };
  } catch (err) {
    if (err instanceof PartnerApiError && err.status === 409) {
      console.warn(`customer ${signup.customerId} is already known to the reseller`);
      return { accountingRef };
    }
    throw err;
  }
}

export async function partnersReachable(): Promise<Record<string, boolean>> {
  const [resellerUp, accountingUp] = await Promise.all([reseller.ping(), accounting.ping()]);
  return { reseller: resellerUp, accounting: accountingUp };
}
