import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { AuditService } from './audit.service';

// The audit log runs as a sidecar on the same host.
@Module({
  imports: [HttpModule.register({ baseURL: 'http://localhost:4010/v1' })],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
