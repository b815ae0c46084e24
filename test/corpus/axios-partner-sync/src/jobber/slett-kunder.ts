import axios from 'axios';
import { beskrivFeil, internApi } from '../http/klienter';
import { hentKunderTilSletting } from '../db/kunder';

type Slettestatus = 'slettet' | 'feilet';

export async function slettHosPartner(): Promise<Record<Slettestatus, number>> {
  const resultat: Record<Slettestatus, number> = { slettet: 0, feilet: 0 };
  const kunder = await hentKunderTilSletting();

  for (const kunde of kunder) {
    try {
      await axios({
        method: 'post',
        url: 'https://api.partnerhub.no/v1/slettinger',
        data: { kundenummer: kunde.kundenummer, grunnlag: 'gdpr-art17' },
        headers: { 'X-Api-Nokkel': process.env.PARTNERHUB_NOKKEL ?? '' },
      });
      resultat.slettet += 1;
    } catch (err) {
      resultat.feilet += 1;
      console.warn(`sletting feilet: ${beskrivFeil(err)}`);
    }
  }

  await internApi.post('/slettejobb/rapport', { ...resultat, kjort: new Date().toISOString() });
  return resultat;
}
