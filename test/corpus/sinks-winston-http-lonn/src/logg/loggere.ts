import winston from 'winston';

const { combine, timestamp, json } = winston.format;

const ddApiKey = process.env.DD_API_KEY ?? '';

/**
 * Driftslogg: går til Datadog (EU-intake) slik at vakthavende kan søke i loggene fra alle
 * instansene. Konsollen beholdes for lokale kjøringer.
 */
export const driftslogg = winston.createLogger({
  level: 'info',
  format: combine(timestamp(), json()),
  defaultMeta: { tjeneste: 'lonnskjoring' },
  transports: [
    new winston.transports.Console(),
    new winston.transports.Http({
      host: 'http-intake.logs.datadoghq.eu',
      path: `/api/v2/logs?dd-api-key=${ddApiKey}&ddsource=nodejs&service=lonnskjoring`,
      ssl: true,
    }),
  ],
});

/**
 * Revisjonslogg: skrives til vår egen loggtjeneste i driftsnettet og oppbevares i fem år
 * etter bokføringsloven.
 */
export const revisjonslogg = winston.createLogger({
  level: 'info',
  format: combine(timestamp(), json()),
  transports: [
    new winston.transports.Http({
      host: 'revisjon.intern.lonnsmotor.example',
      port: 8443,
      path: '/v1/hendelser',
      ssl: true,
    }),
  ],
});
