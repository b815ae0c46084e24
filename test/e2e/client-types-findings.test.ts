import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeProject, summarize } from '../support/temp-project';

describe('engine: findings through typed and lazily made clients', () => {
  it('a service with a constructor-injected SDK client reports at the caller, not for non-personal calls', () => {
    const { dir, findings } = analyzeProject({
      'src/crm.service.ts': `import type { Client } from '@hubspot/api-client';
import { WebClient } from '@slack/web-api';

export class CrmService {
  constructor(private readonly slack: WebClient, private readonly hubspot: Client) {}

  async welcome(member: { fullName: string; email: string }): Promise<void> {
    await this.slack.chat.postMessage({ channel: '#salg', text: \`Ny kunde: \${member.fullName} <\${member.email}>\` });
  }

  async deployed(version: string): Promise<void> {
    await this.slack.chat.postMessage({ channel: '#drift', text: \`Versjon \${version} er ute\` });
  }
}
`,
      'src/signup.ts': `import { WebClient } from '@slack/web-api';
import { CrmService } from './crm.service';

const crm = new CrmService(new WebClient(process.env.SLACK_TOKEN), {} as never);

export async function onSignup(input: { fullName: string; email: string }): Promise<void> {
  await crm.welcome({ fullName: input.fullName, email: input.email });
  await crm.deployed('2.4.1');
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/signup.ts:7 undeclared-recipient [user.contact.email, user.name]']);
  });

  it('Angular HttpClient: HttpParams carry data, our own relative API is internal', () => {
    const { dir, findings } = analyzeProject({
      'src/lookup.service.ts': `import { Injectable } from '@angular/core';
import { HttpClient, HttpParams } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class LookupService {
  constructor(private http: HttpClient) {}

  findByPhone(phone: string) {
    const params = new HttpParams().set('msisdn', phone).set('country', 'NO');
    return this.http.get<{ name: string }>('https://api.1881.no/search', { params });
  }

  saveLocally(phone: string) {
    return this.http.post('/api/contacts', { phone });
  }
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/lookup.service.ts:10 undeclared-recipient [user.contact.phone_number]']);
  });
});

describe('engine: base URLs of client instances resolve the recipient', () => {
  it('got.extend({ prefixUrl }) and a globalThis-cached PostHog client', () => {
    const { dir, findings } = analyzeProject({
      '.disclose.yaml': `policy: visma-no
recipients:
  - id: payroll
    name: Payroll partner
    category: partner
    match: { hosts: ["api.lonnspartner.no"] }
`,
      'src/payroll.ts': `import got from 'got';
import { PostHog } from 'posthog-node';

const payroll = got.extend({ prefixUrl: 'https://api.lonnspartner.no/v2', responseType: 'json' });

const cache = globalThis as unknown as { posthog?: PostHog };
export const posthog = cache.posthog ?? new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.i.posthog.com' });
if (process.env.NODE_ENV !== 'production') cache.posthog = posthog;

export interface Employee { employeeNumber: string; fullName: string; bankAccount: string; department: string }

export async function exportEmployee(e: Employee): Promise<void> {
  await payroll.post('employees', { json: { number: e.employeeNumber, name: e.fullName, account: e.bankAccount } });
  posthog.capture({ distinctId: 'payroll-job', event: 'employee_exported', properties: { department: e.department } });
  posthog.capture({ distinctId: e.employeeNumber, event: 'payslip_ready' });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/payroll.ts:13 clause-condition-unmet [user.financial.bank_account, user.name, user.unique_id]',
      'src/payroll.ts:15 undeclared-recipient [user.unique_id]',
    ]);
    assert.equal(findings[0]!.recipient, 'payroll');
  });
});

describe('engine: fetch wrappers and framework clients', () => {
  it('undici Client, wretch().url() chains and Angular HttpRequest; relative and non-personal calls give nothing', () => {
    const { dir, findings } = analyzeProject({
      'src/outbound.ts': `import { Client } from 'undici';
import wretch from 'wretch';

const geo = new Client('https://api.geodata.example');

export async function locate(homeAddress: string) {
  const res = await geo.request({ path: '/v1/geocode', method: 'POST', body: JSON.stringify({ q: homeAddress }) });
  return res.body.json();
}

export async function health() {
  return geo.request({ path: '/health', method: 'GET' });
}

export async function subscribe(email: string) {
  await wretch().url('https://api.listmonk.example').url('/api/subscribers').post({ email, lists: [3] }).json();
  await wretch('/api').url('/newsletter/log').post({ email }).res();
}
`,
      'src/profile.service.ts': `import { Injectable } from '@angular/core';
import { HttpClient, HttpRequest } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class ProfileExport {
  constructor(private readonly http: HttpClient) {}

  exportTo(partnerUrl: string, fullName: string) {
    return this.http.request(new HttpRequest('POST', 'https://partner.example.no/import', { fullName }));
  }
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/outbound.ts:7 undeclared-recipient [user.contact.address]',
      'src/outbound.ts:16 undeclared-recipient [user.contact.email]',
      'src/profile.service.ts:9 undeclared-recipient [user.name]',
    ]);
    assert.equal(findings[0]!.endpoint, 'https://api.geodata.example/v1/geocode');
    assert.equal(findings[1]!.endpoint, 'https://api.listmonk.example/api/subscribers');
  });
});
