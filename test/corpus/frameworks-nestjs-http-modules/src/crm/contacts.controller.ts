import { Body, Controller, Get, Post } from '@nestjs/common';
import { CrmSyncService, type ContactInput } from './crm-sync.service';
import { AuditService } from '../audit/audit.service';

@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly crm: CrmSyncService,
    private readonly audit: AuditService,
  ) {}

  @Post()
  async create(@Body() body: ContactInput) {
    const id = await this.crm.upsertContact(body);
    await this.audit.record('contact.created', body.email);
    return { id };
  }

  @Get('pipelines')
  pipelines() {
    return this.crm.pipelineNames();
  }
}
