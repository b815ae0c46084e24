import { smsKlient, SMS_AVSENDER, epostKlient, pushKlient, nyttPushvarsel, slack, DRIFTSKANAL } from './klienter';
import { fakturaerMedForfall, Kunde } from '../faktura/lager';

const MAL_FORFALL = 14;

export async function sendForfallsvarsler(dato: string): Promise<void> {
  const fakturaer = await fakturaerMedForfall(dato);
  let sendt = 0;
  let feilet = 0;

  for (const { faktura, kunde } of fakturaer as Array<{ faktura: { nummer: string; belop: number }; kunde: Kunde }>) {
    try {
      await epostKlient.sendTransacEmail({
        to: [{ email: kunde.epost, name: kunde.kundenavn }],
        templateId: MAL_FORFALL,
        params: { fakturanummer: faktura.nummer, belop: faktura.belop, forfallsdato: dato },
      });

      if (kunde.smsSamtykke) {
        await smsKlient.messages.create({
          to: kunde.mobilnummer,
          from: SMS_AVSENDER,
          body: `Hei ${kunde.fornavn}! Faktura ${faktura.nummer} på ${faktura.belop} kr forfaller ${dato}.`,
        });
      }

      if (kunde.harApp) {
        const varsel = nyttPushvarsel();
        varsel.include_aliases = { external_id: [kunde.kundenummer] };
        varsel.target_channel = 'push';
        varsel.contents = { nb: `Faktura ${faktura.nummer} forfaller ${dato}`, en: `Invoice ${faktura.nummer} is due ${dato}` };
        await pushKlient.createNotification(varsel);
      }
      sendt += 1;
    } catch (feil) {
      feilet += 1;
      console.error(`Forfallsvarsel for faktura ${faktura.nummer} feilet`, feil);
    }
  }

  await slack.chat.postMessage({
    channel: DRIFTSKANAL,
    text: `Forfallsvarsler for ${dato}: ${sendt} sendt, ${feilet} feilet.`,
  });
}
