import { Kafka, logLevel, Producer } from 'kafkajs';

const sasl = {
  mechanism: 'plain' as const,
  username: process.env.CONFLUENT_API_KEY ?? '',
  password: process.env.CONFLUENT_API_SECRET ?? '',
};

/** Confluent Cloud cluster shared with the payroll integrations. */
const confluent = new Kafka({
  clientId: 'timeflow-api',
  brokers: ['pkc-4nym6.europe-west1.gcp.confluent.cloud:9092'],
  ssl: true,
  sasl,
  logLevel: logLevel.WARN,
});

/** The group's data platform, fed with approved timesheets for capacity planning. */
const groupPlatform = new Kafka({
  clientId: 'timeflow-api',
  brokers: ['kafka.dataplatform.visma-group.example:9093'],
  ssl: true,
});

/** Our own cluster in the data centre. */
const localCluster = new Kafka({
  clientId: 'timeflow-api',
  brokers: ['broker-1.kafka.internal.timeflow.example:9092', 'broker-2.kafka.internal.timeflow.example:9092'],
});

export const cloudProducer: Producer = confluent.producer({ idempotent: true });
export const groupProducer: Producer = groupPlatform.producer();
export const localProducer: Producer = localCluster.producer({ allowAutoTopicCreation: false });

export async function connectProducers(): Promise<void> {
  await Promise.all([cloudProducer.connect(), groupProducer.connect(), localProducer.connect()]);
}
