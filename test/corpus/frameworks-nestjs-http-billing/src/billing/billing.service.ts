import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import Stripe from 'stripe';
import { STRIPE_CLIENT } from './stripe.provider';

export interface BillingAccount {
  accountId: string;
  companyName: string;
  organizationNumber: string;
  contactName: string;
  billingEmail: string;
  contactPhone?: string;
}

const ACCOUNTING_CONTACTS = 'https://api.fiken.no/api/v2/companies/nordlys-as/contacts';

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);

  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe,
    private readonly httpService: HttpService,
  ) {}

  async createCustomer(account: BillingAccount): Promise<string> {
    const customer = await this.stripe.customers.create({
      email: account.billingEmail,
      name: account.companyName,
      phone: account.contactPhone,
      metadata: { accountId: account.accountId },
    });
    return customer.id;
  }

  /** Our accountant's system gets the invoice contact person. */
  async registerInAccounting(account: BillingAccount): Promise<void> {
    await firstValueFrom(
      this.httpService.post(ACCOUNTING_CONTACTS, {
        name: account.companyName,
        organizationNumber: account.organizationNumber,
        contactPerson: { name: account.contactName, email: account.billingEmail },
        customer: true,
      }),
    );
  }

  async recordPlan(accountId: string, plan: string, seats: number): Promise<void> {
    await this.httpService.axiosRef.put(`${process.env.PLATFORM_API_URL}/accounts/${accountId}/plan`, { plan, seats });
    this.logger.log(`plan ${plan} recorded`);
  }

  async publishPriceList(currency: string): Promise<void> {
    await this.httpService.axiosRef.post('https://api.fiken.no/api/v2/companies/nordlys-as/products/sync', { currency, source: 'nordlys' });
  }
}
