import 'dotenv/config';

export const PORT = Number(process.env.PORT ?? 4000);

/** Vårt eget interne API (ansattregister, timer, lønnskjøringer). */
export const TIMEFORING_API_URL = process.env.TIMEFORING_API_URL ?? 'http://localhost:4100';

export const KUNDESENTER_URL = 'https://api.kundesenter.visma.no';
export const NORDISK_LONN_API = 'https://api.nordisklonn.no/v2';
export const AMELDING_BASE_URL = 'https://platform.altinn.no/a-melding/v1';

/** Driftskanalen får varsler via en Zapier-webhook. */
export const DRIFT_WEBHOOK_URL = 'https://hooks.zapier.com/hooks/catch/4711/timeforing-drift/';

export const SENTRY_DSN = process.env.SENTRY_DSN ?? '';
export const PSEUDONYM_SALT = process.env.PSEUDONYM_SALT ?? 'kun-for-lokal-utvikling';
