import pino from 'pino';

const transport = pino.transport({
  targets: [
    { target: 'pino/file', options: { destination: 1 }, level: 'info' },
    {
      target: 'pino-datadog-transport',
      level: 'info',
      options: {
        ddClientConf: { authMethods: { apiKeyAuth: process.env.DD_API_KEY } },
        ddServerConf: { site: 'datadoghq.eu' },
        service: 'checkout',
        ddsource: 'nodejs',
      },
    },
  ],
});

/** Checkout logs: stdout for the container runtime and Datadog for dashboards and alerting. */
export const orderLog = pino({ level: 'info', base: { service: 'checkout' } }, transport);
