import { SQSClient } from '@aws-sdk/client-sqs';
import { SNSClient } from '@aws-sdk/client-sns';

const region = 'eu-north-1';

export const sqs = new SQSClient({ region, maxAttempts: 5 });
export const sns = new SNSClient({ region });

/** LocalStack from docker-compose, used by the e2e suite and `npm run dev`. */
export const localSqs = new SQSClient({
  region,
  endpoint: 'http://localhost:4566',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});

export const QUEUES = {
  welcome: 'https://sqs.eu-north-1.amazonaws.com/481516234200/welcome-journey',
  metrics: 'https://sqs.eu-north-1.amazonaws.com/481516234200/signup-metrics',
  localWelcome: 'http://localhost:4566/000000000000/welcome-journey',
} as const;

export function useLocalStack(): boolean {
  return process.env.USE_LOCALSTACK === '1';
}
