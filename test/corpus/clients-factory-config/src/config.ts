/** Runtime configuration of the order service, read once at start-up. */
export interface ServiceConfig {
  baseUrl: string;
  token: string;
  timeoutMs: number;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value && process.env.NODE_ENV === 'production') {
    throw new Error(`${name} must be set in production`);
  }
  return value ?? '';
}

export const config = {
  kundeportal: {
    baseUrl: 'https://crm.kundeportal.example/api/v2',
    token: required('KUNDEPORTAL_TOKEN'),
    timeoutMs: 8_000,
  },
  kunderegister: {
    baseUrl: 'http://kunderegister.internal.firma.no/v1',
    token: required('KUNDEREGISTER_TOKEN'),
    timeoutMs: 3_000,
  },
} satisfies Record<string, ServiceConfig>;
