import axios, { type AxiosInstance } from 'axios';
import type { Inntektsmelding } from './typer';

export class NavFeil extends Error {
  constructor(
    melding: string,
    readonly status?: number,
  ) {
    super(melding);
    this.name = 'NavFeil';
  }
}

/** Klient mot NAVs API for inntektsmeldinger (maskinporten-token hentes utenfor). */
export class NavKlient {
  private readonly http: AxiosInstance;

  constructor(token: string) {
    this.http = axios.create({
      baseURL: 'https://inntektsmelding.api.nav.no/v1',
      headers: { Authorization: `Bearer ${token}` },
      timeout: 15_000,
    });
  }

  async sendInntektsmelding(melding: Inntektsmelding): Promise<string> {
    try {
      const { data } = await this.http.post<{ referanse: string }>('/inntektsmeldinger', melding);
      return data.referanse;
    } catch (err) {
      if (axios.isAxiosError(err)) throw new NavFeil('NAV avviste inntektsmeldingen', err.response?.status);
      throw err;
    }
  }

  async helsesjekk(): Promise<boolean> {
    const res = await this.http.get('/internal/isalive');
    return res.status === 200;
  }
}
