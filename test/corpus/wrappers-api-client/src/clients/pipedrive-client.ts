import axios, { type AxiosInstance, isAxiosError } from 'axios';

const PIPEDRIVE_BASE = 'https://acme.pipedrive.com/api/v1';

export interface PersonInput {
  name: string;
  email: string;
  phone?: string;
}

export class PipedriveError extends Error {}

/** Thin client for the parts of the Pipedrive API the sales team uses. */
export class PipedriveClient {
  private readonly http: AxiosInstance;

  constructor(apiToken: string) {
    this.http = axios.create({ baseURL: PIPEDRIVE_BASE, params: { api_token: apiToken }, timeout: 10_000 });
  }

  async createPerson(person: PersonInput): Promise<number> {
    try {
      const { data } = await this.http.post('/persons', { ...person, visible_to: 3 });
      return data.data.id as number;
    } catch (err) {
      if (isAxiosError(err)) throw new PipedriveError(`createPerson: ${err.response?.status}`);
      throw err;
    }
  }

  async addNote(personId: number, content: string): Promise<void> {
    await this.http.post('/notes', { person_id: personId, content });
  }

  async createActivity(subject: string, dueDate: string): Promise<void> {
    await this.http.post('/activities', { subject, due_date: dueDate, type: 'call' });
  }

  async listPipelines(): Promise<Array<{ id: number; name: string }>> {
    const { data } = await this.http.get('/pipelines');
    return data.data;
  }
}
