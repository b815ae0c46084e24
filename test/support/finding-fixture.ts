// A finding as the engine gives it, written out by hand, for the stages after the engine (the
// diagnostic, SARIF and hover converters). Positions are 0-based, paths absolute.
import * as path from 'node:path';
import { DEFAULT_POLICY } from '../../server/src/analysis/config/config';
import type { Finding } from '../../server/src/analysis/flows/finding';

export const FIXTURE_ROOT = path.resolve('/work/kundeportal');
export const SIGNUP_FILE = path.join(FIXTURE_ROOT, 'src/routes/signup.ts');
export const CRM_FILE = path.join(FIXTURE_ROOT, 'src/lib/crm-client.ts');

export function signupFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'undeclared-recipient',
    severity: 'error',
    message: 'e-mail address and phone number are sent to hooks.zapier.com, which .disclose.yaml does not declare',
    fingerprint: 'undeclared-recipient:src/routes/signup.ts:registerCustomer:crm.createContact(customer):hooks.zapier.com',
    location: { file: SIGNUP_FILE, line: 17, column: 8, endLine: 17, endColumn: 42, text: 'crm.createContact(customer)' },
    dataCategories: ['user.contact.email', 'user.contact.phone_number'],
    data: [
      {
        category: 'user.contact.email',
        label: 'e-mail address',
        text: 'body.email',
        file: SIGNUP_FILE,
        line: 12,
        column: 11,
        endLine: 12,
        endColumn: 21,
        via: 'name',
      },
      {
        category: 'user.contact.phone_number',
        label: 'phone number',
        text: 'body.phone',
        file: SIGNUP_FILE,
        line: 13,
        column: 11,
        endLine: 13,
        endColumn: 21,
        via: 'name',
      },
    ],
    recipient: null,
    recipientName: null,
    recipientCategory: null,
    endpoint: 'https://hooks.zapier.com/hooks/catch/${…}',
    host: 'hooks.zapier.com',
    clause: null,
    clauseTitle: null,
    clauseHref: null,
    policy: DEFAULT_POLICY,
    conditionsMet: [],
    conditionsMissing: [],
    notPermitted: [],
    sink: {
      kind: 'fetch',
      label: 'fetch',
      vendor: null,
      module: null,
      location: { file: CRM_FILE, line: 30, column: 4, endLine: 33, endColumn: 6, text: 'fetch(url, init)' },
    },
    chain: [
      { file: SIGNUP_FILE, line: 17, column: 8, endLine: 17, endColumn: 42, text: 'crm.createContact(customer)' },
      { file: CRM_FILE, line: 30, column: 4, endLine: 33, endColumn: 6, text: 'fetch(url, init)' },
    ],
    configFile: path.join(FIXTURE_ROOT, '.disclose.yaml'),
    ...overrides,
  };
}
