import pino from 'pino';

const sourceToken = process.env.LOGTAIL_SOURCE_TOKEN;

if (!sourceToken && process.env.NODE_ENV === 'production') {
  throw new Error('LOGTAIL_SOURCE_TOKEN must be set in production');
}

/**
 * Application logger. Every line is shipped to Better Stack (Logtail) through the official pino
 * transport, so on-call can search across instances.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'signup-api', region: process.env.FLY_REGION },
  timestamp: pino.stdTimeFunctions.isoTime,
  transport: {
    target: '@logtail/pino',
    options: { sourceToken },
  },
});

/**
 * Local audit trail on the instance's volume, rotated by logrotate and read by the compliance
 * export job on the same machine. Nothing here leaves the host.
 */
export const auditTrail = pino(
  { base: null, timestamp: pino.stdTimeFunctions.isoTime },
  pino.destination({ dest: '/var/log/signup-api/audit.log', mkdir: true, sync: false }),
);

export function flushLogs(): void {
  auditTrail.flush();
}
