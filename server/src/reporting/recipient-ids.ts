/** `api.acme-partner.io` → `acme-partner`; `Sentry` → `sentry`; unique among `taken`. */
export function recipientIdFor(host: string | null, vendor: string | null, taken: string[]): string {
  const source = vendor ?? host ?? 'recipient';
  const base = source
    .toLowerCase()
    .replace(/^(api|www|app|hooks|events|ingest|eu|us)\./, '')
    .replace(/\.(com|io|no|net|org|eu|dev|app|ai|co|example)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return unique(base, taken);
}

/** `COMMUNITY_API_URL` → `community-api`: a recipient known by the variable that holds its URL. */
export function envRecipientId(env: string, taken: string[]): string {
  const base = env
    .toLowerCase()
    .replace(/_(base_)?(url|uri|endpoint|host|origin|address)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return unique(base, taken);
}

function unique(base: string, taken: string[]): string {
  const stem = base || 'recipient';
  let id = stem;
  for (let i = 2; taken.includes(id); i++) id = `${stem}-${i}`;
  return id;
}
