import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { CrmSyncService } from './crm-sync.service';
import { ContactsController } from './contacts.controller';

@Module({
  imports: [
    HttpModule.register({
      baseURL: 'https://api.hubapi.com/crm/v3',
      headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}` },
      timeout: 10_000,
    }),
  ],
  controllers: [ContactsController],
  providers: [CrmSyncService],
})
export class CrmModule {}
