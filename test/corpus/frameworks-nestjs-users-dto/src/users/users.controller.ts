import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import { Analytics } from '@segment/analytics-node';
import axios from 'axios';
import { CreateUserDto, InviteTeammateDto, ListPlansQueryDto, UpdatePhoneDto } from './dto/create-user.dto';
import { UsersService } from './users.service';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '', maxEventsInBatch: 20 });
const FRAUD_CHECK = 'https://www.ipqualityscore.com/api/json/email';
const INVITE_FLOW = 'https://api.knock.app/v1/workflows/teammate-invite/trigger';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @HttpCode(201)
  async create(@Body() dto: CreateUserDto, @Ip() ip: string) {
    const { data: risk } = await axios.get(`${FRAUD_CHECK}/${process.env.IPQS_KEY}/${encodeURIComponent(dto.email)}`, {
      params: { ip, strictness: 1 },
    });
    if (risk.fraud_score > 90) {
      return { status: 'manual_review' };
    }

    await this.users.createInCrm(dto);
    await this.users.recordPlanChoice(dto.plan, dto.seats);
    return { status: 'created' };
  }

  @Patch(':userId/phone')
  async updatePhone(@Param('userId') userId: string, @Body() body: UpdatePhoneDto) {
    analytics.identify({ userId, traits: { phone: body.phone } });
    return { ok: true };
  }

  @Post(':userId/invites')
  @HttpCode(202)
  async invite(@Param('userId') userId: string, @Body() dto: InviteTeammateDto) {
    await axios.post(
      INVITE_FLOW,
      { actor: userId, recipients: [dto.email], data: dto },
      { headers: { Authorization: `Bearer ${process.env.KNOCK_API_KEY}` } },
    );
    return { invited: true };
  }

  @Get('plans')
  plans(@Query() query: ListPlansQueryDto) {
    return this.users.listPlans(query.currency ?? 'NOK', query.interval ?? 'month');
  }
}
