import { Injectable, Logger } from '@nestjs/common';
import { Environment, Paddle } from '@paddle/paddle-node-sdk';
import Chargebee from 'chargebee';
import { Logtail } from '@logtail/node';
import { ChangePlanDto, CreateSubscriberDto } from './subscriber.dto';

@Injectable()
export class SubscriptionsService {
  private readonly logger = new Logger(SubscriptionsService.name);
  private readonly paddle = new Paddle(process.env.PADDLE_API_KEY ?? '', { environment: Environment.sandbox });
  private readonly chargebee = new Chargebee({ site: process.env.CHARGEBEE_SITE ?? '', apiKey: process.env.CHARGEBEE_API_KEY ?? '' });
  private readonly logtail = new Logtail(process.env.LOGTAIL_SOURCE_TOKEN ?? '');

  /** Web shop customers pay through Paddle as merchant of record. */
  async subscribeWithPaddle(dto: CreateSubscriberDto) {
    const customer = await this.paddle.customers.create({
      email: dto.email,
      name: `${dto.firstName} ${dto.lastName}`,
    });
    const transaction = await this.paddle.transactions.create({
      customerId: customer.id,
      items: [{ priceId: dto.priceId, quantity: 1 }],
    });
    this.logger.log(`paddle transaction ${transaction.id} created`);
    return { customerId: customer.id, transactionId: transaction.id };
  }

  /** Invoiced B2B customers are billed through Chargebee. */
  async subscribeWithChargebee(dto: CreateSubscriberDto) {
    const { customer } = await this.chargebee.customer.create({
      email: dto.email,
      first_name: dto.firstName,
      last_name: dto.lastName,
      billing_address: { country: dto.country },
    });
    await this.logtail.info('chargebee customer created', { customerEmail: dto.email });
    return { customerId: customer.id };
  }

  async changePlan(subscriptionId: string, dto: ChangePlanDto) {
    await this.paddle.subscriptions.update(subscriptionId, {
      items: [{ priceId: dto.planId, quantity: dto.quantity }],
      prorationBillingMode: 'prorated_immediately',
    });
    await this.logtail.info('plan changed', { subscriptionId, planId: dto.planId });
  }
}
