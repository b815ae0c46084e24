import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

@Injectable()
export class AuditService {
  constructor(private readonly http: HttpService) {}

  async record(action: string, actorEmail: string): Promise<void> {
    await this.http.axiosRef.post('/events', { action, actorEmail, at: new Date().toISOString() });
  }
}
