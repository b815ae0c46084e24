import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import axios, { isAxiosError } from 'axios';
import type { CreateUserDto, Plan } from './dto/create-user.dto';

const CUSTOMERIO = 'https://track-eu.customer.io/api/v2';
const PRICING = 'https://pricing.saasmetrics.io/v2';
const METRICS = 'https://metrics.statuscake-like.example/v1/events';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);
  private readonly cioAuth = {
    headers: { Authorization: `Basic ${Buffer.from(`${process.env.CIO_SITE_ID}:${process.env.CIO_API_KEY}`).toString('base64')}` },
  };

  /** Creates the person in Customer.io so the onboarding journey starts. */
  async createInCrm(dto: CreateUserDto): Promise<void> {
    try {
      await axios.post(
        `${CUSTOMERIO}/entity`,
        {
          type: 'person',
          action: 'identify',
          identifiers: { email: dto.email },
          attributes: { phone: dto.phone, name: dto.fullName, plan: dto.plan, created_at: Math.floor(Date.now() / 1000) },
        },
        this.cioAuth,
      );
    } catch (err) {
      this.logger.error(`customer.io identify failed: ${isAxiosError(err) ? err.response?.status : err}`);
      throw new ServiceUnavailableException();
    }
  }

  async recordPlanChoice(plan: Plan, seats: number): Promise<void> {
    await axios.post(METRICS, { event: 'plan_chosen', plan, seats, at: new Date().toISOString() });
  }

  async listPlans(currency: string, interval: string): Promise<unknown> {
    const { data } = await axios.get(`${PRICING}/plans`, { params: { currency, interval } });
    return data;
  }
}
