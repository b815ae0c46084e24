import axios from 'axios';
import { beskrivFeil, internApi, partnerApi } from '../http/klienter';
import { hentEndredeKunder, lagreSynkTidspunkt } from '../db/kunder';

const TEAMCHAT_URL = 'https://hooks.teamchat.no/kanal/partner-synk';

interface PartnerOrdre {
  ordreId: string;
  kundenummer: string;
  sum: number;
}

export async function synkroniserKunder(sidenDato: Date): Promise<number> {
  const kunder = await hentEndredeKunder(sidenDato);
  let antallOk = 0;

  for (const kunde of kunder) {
    try {
      await partnerApi.post('/kunder', {
        kundenummer: kunde.kundenummer,
        navn: kunde.navn,
        epost: kunde.epost,
        bransje: kunde.bransje,
      });
      await internApi.post('/synk/logg', { kundenummer: kunde.kundenummer, status: 'ok' });
      antallOk += 1;
    } catch (err) {
      console.error(`synk feilet for en kunde: ${beskrivFeil(err)}`);
    }
  }

  const { data: ordrer } = await partnerApi.get<PartnerOrdre[]>('/ordrer', {
    params: { fra: sidenDato.toISOString(), grense: 500 },
  });
  console.info(`hentet ${ordrer.length} partnerordrer`);

  await axios.post(TEAMCHAT_URL, {
    tekst: `Partnersynk ferdig: ${antallOk} av ${kunder.length} kunder, ${ordrer.length} ordrer`,
  });
  await lagreSynkTidspunkt(new Date());
  return antallOk;
}

if (require.main === module) {
  const siden = new Date(Date.now() - 24 * 60 * 60 * 1000);
  synkroniserKunder(siden)
    .then((antall) => console.info(`ferdig, ${antall} kunder`))
    .catch((err) => {
      console.error(beskrivFeil(err));
      process.exitCode = 1;
    });
}
