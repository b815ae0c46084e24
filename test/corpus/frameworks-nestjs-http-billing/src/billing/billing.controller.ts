import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { IsEmail, IsOptional, IsString } from 'class-validator';
import { BillingService } from './billing.service';

export class CreateBillingAccountDto {
  @IsString() accountId!: string;
  @IsString() companyName!: string;
  @IsString() organizationNumber!: string;
  @IsString() contactName!: string;
  @IsEmail() billingEmail!: string;
  @IsOptional() @IsString() contactPhone?: string;
  @IsString() plan!: string;
}

@Controller('billing')
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  @Post('accounts')
  @HttpCode(201)
  async open(@Body() dto: CreateBillingAccountDto) {
    const customerId = await this.billing.createCustomer(dto);
    await this.billing.registerInAccounting(dto);
    await this.billing.recordPlan(dto.accountId, dto.plan, 1);
    return { customerId };
  }

  @Post('price-list')
  @HttpCode(202)
  async syncPrices(@Body() body: { currency: string }) {
    await this.billing.publishPriceList(body.currency);
    return { queued: true };
  }
}
