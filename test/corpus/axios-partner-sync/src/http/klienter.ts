import axios, { AxiosError, AxiosInstance } from 'axios';

const PARTNERHUB_URL = 'https://api.partnerhub.no/v1';

export const partnerApi: AxiosInstance = axios.create({
  baseURL: PARTNERHUB_URL,
  timeout: 10_000,
  headers: { 'X-Api-Nokkel': process.env.PARTNERHUB_NOKKEL ?? '' },
});

export const internApi: AxiosInstance = axios.create({
  baseURL: process.env.API_BASE_URL,
  timeout: 5_000,
});

export function beskrivFeil(err: unknown): string {
  if (axios.isAxiosError(err)) {
    const axiosFeil = err as AxiosError<{ melding?: string }>;
    return `${axiosFeil.response?.status ?? 'ingen status'}: ${axiosFeil.response?.data?.melding ?? axiosFeil.message}`;
  }
  return err instanceof Error ? err.message : String(err);
}
