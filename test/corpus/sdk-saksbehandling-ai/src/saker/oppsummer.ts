import OpenAI from 'openai';
import * as Sentry from '@sentry/node';
import { PostHog } from 'posthog-node';
import { hentSak, hentKunde, lagreOppsummering } from '../lager';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://posthog.intern.saksbehandling.no' });

const SYSTEM_PROMPT =
  'Du er en saksbehandler-assistent. Oppsummer saken kort og nøytralt på norsk bokmål, maks fem setninger.';

export interface Oppsummering {
  sakId: string;
  tekst: string;
  kategoriVektor: number[];
}

export async function oppsummerSak(sakId: string): Promise<Oppsummering | null> {
  const sak = await hentSak(sakId);
  const kunde = await hentKunde(sak.kundeId);

  try {
    const svar = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0.2,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        {
          role: 'user',
          content: `Sak om ${kunde.navn} (fødselsnummer ${kunde.fnr}), kategori ${sak.kategori}:\n${sak.beskrivelse}`,
        },
      ],
    });
    const tekst = svar.choices[0]?.message?.content?.trim() ?? '';

    const vektor = await openai.embeddings.create({ model: 'text-embedding-3-small', input: sak.kategori });

    if (!tekst) {
      Sentry.captureMessage('tom oppsummering fra modellen', { extra: { sakId, modell: 'gpt-4o-mini' } });
      return null;
    }

    const oppsummering = { sakId, tekst, kategoriVektor: vektor.data[0].embedding };
    await lagreOppsummering(oppsummering);
    posthog.capture({ distinctId: kunde.kundeId, event: 'sak_oppsummert', properties: { kategori: sak.kategori } });
    return oppsummering;
  } catch (err) {
    Sentry.captureException(err, { extra: { sakId, fnr: kunde.fnr } });
    return null;
  }
}
