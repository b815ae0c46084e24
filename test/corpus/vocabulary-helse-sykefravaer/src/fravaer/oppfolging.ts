import axios from 'axios';
import { Fravaerssak } from './typer';
import { hentSak, hentSakerMedTrekk, lagreOppfolgingsplan } from './sakslager';

const BHT = 'https://api.friskbht.example/v2';
const NAV = 'https://api.nav.example/sykepenger/v1';
const FAGFORENING = 'https://api.fagforbundet-medlem.example/v1';

export async function bestillOppfolging(saksnummer: string): Promise<void> {
  const sak: Fravaerssak = await hentSak(saksnummer);

  const { data: plan } = await axios.post<{ planId: string }>(`${BHT}/oppfolgingsplaner`, {
    ansattnummer: sak.ansattnummer,
    stillingstittel: sak.stillingstittel,
    sykemelding: sak.sykemelding,
    diagnose: sak.diagnose,
  });
  await lagreOppfolgingsplan(saksnummer, plan.planId);

  const { data: kurs } = await axios.get(`${BHT}/kurs`, { params: { tema: 'ergonomi', sted: 'digitalt' } });
  console.info(`${kurs.length} kurs tilgjengelig for tilrettelegging`);
}

export async function kreverRefusjon(saksnummer: string): Promise<void> {
  const sak = await hentSak(saksnummer);
  if (sak.sykemelding.grad < 20) return;
  await axios.post(`${NAV}/refusjonskrav`, {
    fodselsnummer: sak.fodselsnummer,
    sykemelding: sak.sykemelding,
    arbeidsgiverOrgnr: process.env.ORGNR,
  });
}

/** Månedlig oppgjør av fagforeningstrekk. */
export async function oppgjorFagforeningstrekk(maned: string): Promise<void> {
  const saker = await hentSakerMedTrekk(maned);
  for (const sak of saker) {
    try {
      await axios.post(`${FAGFORENING}/trekk`, {
        maned,
        fodselsnummer: sak.fodselsnummer,
        kjønn: sak.kjønn,
        fødested: sak.fødested,
        fagforening: sak.fagforening,
        fagforeningskontingent: sak.fagforeningskontingent,
      });
    } catch (feil) {
      console.error(`Trekkoppgjør for ${maned} feilet for én ansatt`, (feil as Error).message);
    }
  }
}
