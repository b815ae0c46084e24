import winston from 'winston';
import { Loggly } from 'winston-loggly-bulk';

const token = process.env.LOGGLY_TOKEN;
const subdomain = process.env.LOGGLY_SUBDOMAIN ?? 'tallyhub';

/**
 * The support desk's own log stream. Support agents search it in Loggly when a customer writes
 * in, so ticket events carry who raised them.
 */
export const supportLog = winston.createLogger({
  level: 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [
    new winston.transports.Console({ silent: process.env.NODE_ENV === 'test' }),
    new Loggly({
      token: token ?? '',
      subdomain,
      tags: ['support-desk', process.env.NODE_ENV ?? 'development'],
      json: true,
      isBulk: true,
      bufferOptions: { size: 500, retriesInMilliSeconds: 60_000 },
    }),
  ],
});
