import { fakturaTransport, byraaTransport, inkassoTransport, forhandsvisningTransport, AVSENDER } from './transporter';
import { hentFaktura, hentKunde, lagFakturaPdf } from '../faktura/lager';

export async function sendFaktura(fakturanummer: string): Promise<void> {
  const faktura = await hentFaktura(fakturanummer);
  const kunde = await hentKunde(faktura.kundenummer);
  const pdf = await lagFakturaPdf(faktura);

  await fakturaTransport.sendMail({
    from: AVSENDER,
    to: kunde.epost,
    subject: `Faktura ${faktura.nummer} fra Fakturaflyt`,
    text: `Hei ${kunde.kundenavn}!\n\nVedlagt er faktura ${faktura.nummer} med forfall ${faktura.forfallsdato}.`,
    attachments: [{ filename: `faktura-${faktura.nummer}.pdf`, content: pdf }],
  });

  await byraaTransport.sendMail({
    from: AVSENDER,
    to: 'bilag@tallogbilag.example',
    subject: `Utgående faktura ${faktura.nummer}`,
    text: `Kunde: ${kunde.kundenavn}\nBeløp: ${faktura.belop} kr`,
    attachments: [{ filename: `faktura-${faktura.nummer}.pdf`, content: pdf }],
  });
}

export async function oversendTilInkasso(fakturanummer: string): Promise<void> {
  const faktura = await hentFaktura(fakturanummer);
  if (faktura.status !== 'purret') {
    throw new Error(`Faktura ${fakturanummer} er ikke purret og kan ikke sendes til inkasso`);
  }
  const kunde = await hentKunde(faktura.kundenummer);

  await inkassoTransport.sendMail({
    from: AVSENDER,
    to: 'nye-saker@kredittnord.example',
    subject: `Nytt krav ${faktura.nummer}`,
    text: JSON.stringify({
      skyldner: kunde.kundenavn,
      fodselsnummer: kunde.fodselsnummer,
      fakturaadresse: kunde.fakturaadresse,
      hovedstol: faktura.belop,
      forfallsdato: faktura.forfallsdato,
    }),
  });
}

export async function forhandsvisFaktura(fakturanummer: string): Promise<void> {
  const faktura = await hentFaktura(fakturanummer);
  const kunde = await hentKunde(faktura.kundenummer);
  await forhandsvisningTransport.sendMail({
    from: AVSENDER,
    to: kunde.epost,
    subject: `[FORHÅNDSVISNING] Faktura ${faktura.nummer}`,
    attachments: [{ filename: 'forhandsvisning.pdf', content: await lagFakturaPdf(faktura) }],
  });
}
