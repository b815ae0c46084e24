import winston from 'winston';
import DatadogWinston from 'datadog-winston';

const { combine, timestamp, json, simple, colorize } = winston.format;

const apiKey = process.env.DD_API_KEY;
if (!apiKey) {
  throw new Error('DD_API_KEY is required: the invoice worker must not run without log shipping');
}

/** Structured logs for the invoice worker, searchable in Datadog Logs (EU site). */
export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: combine(timestamp(), json()),
  defaultMeta: { service: 'invoice-worker', env: process.env.DD_ENV ?? 'production' },
  transports: [
    new winston.transports.Console(),
    new DatadogWinston({
      apiKey,
      hostname: process.env.HOSTNAME,
      service: 'invoice-worker',
      ddsource: 'nodejs',
      ddtags: `version:${process.env.APP_VERSION ?? 'dev'}`,
      intakeRegion: 'eu',
    }),
  ],
});

/** Trace output for `npm run dispatch -- --dry-run`: printed on the operator's terminal only. */
export const dryRunLog = winston.createLogger({
  level: 'debug',
  format: combine(colorize(), timestamp(), simple()),
  transports: [new winston.transports.Console()],
});
