import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { ConfigModule } from '@nestjs/config';
import { BillingController } from './billing.controller';
import { BillingService } from './billing.service';
import { stripeProvider } from './stripe.provider';

@Module({
  imports: [ConfigModule, HttpModule.register({ timeout: 5000, maxRedirects: 2 })],
  controllers: [BillingController],
  providers: [BillingService, stripeProvider],
})
export class BillingModule {}
