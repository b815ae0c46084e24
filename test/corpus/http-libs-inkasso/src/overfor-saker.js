'use strict';

const superagent = require('superagent');
const { hentForfalteFakturaer, hentKunde } = require('./fakturabase');

const INKASSO_URL = 'https://api.inkassopartner.no/v1/saker';
const ADRESSESOK_URL = 'https://api.adressesok.example.no/v1/sok';
const KREDITTVAKT_URL = 'https://api.kredittvakt.example.no/varsler';
const MIN_BELOP = 250;

async function overforForfalteFakturaer() {
  const fakturaer = await hentForfalteFakturaer({ dagerForfalt: 45 });
  const resultat = { overfort: 0, hoppetOver: 0 };

  for (const faktura of fakturaer) {
    if (faktura.belop < MIN_BELOP) {
      resultat.hoppetOver += 1;
      continue;
    }
    const kunde = await hentKunde(faktura.kundeId);

    const adresser = await superagent.get(ADRESSESOK_URL).query({ adresse: kunde.adresse, maks: 1 });
    const adresseGyldig = adresser.body.treff > 0;

    const svar = await superagent
      .post(INKASSO_URL)
      .set('Authorization', `Bearer ${process.env.INKASSO_TOKEN}`)
      .send({
        fakturaId: faktura.fakturaId,
        kundenavn: kunde.kundenavn,
        fnr: kunde.fnr,
        belop: faktura.belop,
        adresseBekreftet: adresseGyldig,
      });

    await superagent
      .post(KREDITTVAKT_URL)
      .type('json')
      .send({ fnr: kunde.fnr, hendelse: 'inkasso', belop: faktura.belop });

    await superagent
      .post(`${process.env.API_BASE_URL}/fakturaer/${faktura.fakturaId}/status`)
      .send({ status: 'inkasso', saksnummer: svar.body.saksnummer });

    resultat.overfort += 1;
  }

  return resultat;
}

module.exports = { overforForfalteFakturaer };
