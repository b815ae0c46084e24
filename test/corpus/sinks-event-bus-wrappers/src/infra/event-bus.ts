import { Kafka, CompressionTypes } from 'kafkajs';
import { readFileSync } from 'node:fs';

const kafka = new Kafka({
  clientId: 'accounts-service',
  brokers: ['kafka-tallyhub-prod.aivencloud.com:24567'],
  ssl: {
    ca: [readFileSync('/etc/aiven/ca.pem', 'utf8')],
    cert: readFileSync('/etc/aiven/service.cert', 'utf8'),
    key: readFileSync('/etc/aiven/service.key', 'utf8'),
  },
});

const producer = kafka.producer({ idempotent: true });
let connected: Promise<void> | undefined;

export type DomainEventType = 'account.created' | 'account.plan_changed' | 'user.login';

/** Publishes a domain event on the shared Aiven Kafka cluster that the analytics team consumes. */
export async function publishEvent(type: DomainEventType, payload: Record<string, unknown>): Promise<void> {
  connected ??= producer.connect();
  await connected;
  await producer.send({
    topic: 'domain-events',
    compression: CompressionTypes.GZIP,
    messages: [{ key: type, value: JSON.stringify({ type, payload, occurredAt: new Date().toISOString() }) }],
  });
}

export async function closeEventBus(): Promise<void> {
  if (connected) await producer.disconnect();
}
