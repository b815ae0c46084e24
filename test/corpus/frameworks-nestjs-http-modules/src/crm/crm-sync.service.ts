import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

export interface ContactInput {
  email: string;
  firstName: string;
  lastName: string;
  company?: string;
}

@Injectable()
export class CrmSyncService {
  constructor(private readonly http: HttpService) {}

  async upsertContact(input: ContactInput): Promise<string> {
    const { data } = await firstValueFrom(
      this.http.post<{ id: string }>('/objects/contacts', {
        properties: { email: input.email, firstname: input.firstName, lastname: input.lastName, company: input.company },
      }),
    );
    return data.id;
  }

  async pipelineNames(): Promise<string[]> {
    const { data } = await firstValueFrom(this.http.get<{ results: Array<{ label: string }> }>('/pipelines/deals'));
    return data.results.map((p) => p.label);
  }
}
