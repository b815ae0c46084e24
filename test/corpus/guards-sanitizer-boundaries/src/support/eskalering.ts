import axios from 'axios';
import OpenAI from 'openai';
import { Pool } from 'pg';
import { fjernPersonopplysninger, maskerFnr, pseudonymiserKunde, sha256 } from '../personvern/vask';

interface Henvendelse {
  saksnummer: string;
  kundenummer: string;
  kundenavn: string;
  fnr: string;
  epost: string;
  tekst: string;
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const ZENDESK = 'https://acme.zendesk.com/api/v2';
const DEDUP = 'https://api.dedup-tjeneste.example/v1/fingerprints';
const zendeskAuth = { headers: { Authorization: `Basic ${process.env.ZENDESK_AUTH}` } };

/** Escalates cases that have waited more than two days. */
export async function behandleKo(): Promise<number> {
  const { rows } = await pool.query<Henvendelse>(
    `select s.saksnummer, k.kundenummer, k.navn as kundenavn, k.fnr, k.epost, s.tekst
       from saker s join kunder k on k.kundenummer = s.kundenummer
      where s.status = 'ny' and s.opprettet < now() - interval '2 days'`,
  );

  for (const henvendelse of rows) {
    const beskrivelse = `Kunde ${henvendelse.kundenavn} (fnr ${henvendelse.fnr}, ${henvendelse.epost}) skriver: ${henvendelse.tekst}`;
    try {
      const sammendrag = await openai.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'Oppsummer kundehenvendelsen i to setninger på norsk.' },
          { role: 'user', content: fjernPersonopplysninger(beskrivelse) },
        ],
      });

      await axios.post(
        `${ZENDESK}/tickets`,
        {
          ticket: {
            subject: `Eskalering ${henvendelse.saksnummer}`,
            comment: { body: sammendrag.choices[0]?.message.content ?? '' },
            external_id: pseudonymiserKunde(henvendelse.kundenummer),
            custom_fields: [{ id: 360011, value: maskerFnr(henvendelse.fnr) }],
          },
        },
        zendeskAuth,
      );

      // Same person escalated twice in a week? The dedup service matches on a plain digest.
      await axios.post(DEDUP, { fingerprint: sha256(henvendelse.fnr), saksnummer: henvendelse.saksnummer });
    } catch (err) {
      console.error(`eskalering av sak ${henvendelse.saksnummer} feilet`, err);
      await axios.post(
        `${ZENDESK}/tickets/${henvendelse.saksnummer}/comments`,
        {
          body: `Automatisk eskalering feilet for kunde ${pseudonymiserKunde(henvendelse.kundenummer)} (fnr ${maskerFnr(henvendelse.fnr)}). Svar direkte til ${henvendelse.epost}.`,
        },
        zendeskAuth,
      );
    }
  }
  return rows.length;
}
