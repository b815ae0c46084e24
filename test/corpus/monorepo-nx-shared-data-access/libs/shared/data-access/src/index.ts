export * from './lib/crm-contacts';
export * from './lib/service-health';
