/** The level methods of loggers (console, pino, winston, bunyan, syslog levels): a call of one writes a record. */
export const LOG_METHODS: ReadonlySet<string> = new Set([
  'trace',
  'debug',
  'info',
  'warn',
  'warning',
  'error',
  'fatal',
  'log',
  'silly',
  'verbose',
  'http',
  'notice',
  'critical',
  'alert',
  'emerg',
]);
