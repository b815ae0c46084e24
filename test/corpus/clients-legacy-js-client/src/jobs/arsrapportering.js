'use strict';

const { ApiClient } = require('../lib/api-client');
const { hentAnsatte } = require('./ansatte');

const skatt = new ApiClient({ baseUrl: 'https://api.skatteetaten.example/a-melding/v2', token: process.env.MASKINPORTEN_TOKEN });
const datarom = new ApiClient({ baseUrl: 'https://datarom.kjoper-as.example/', token: process.env.DATAROM_TOKEN });
const status = new ApiClient({ baseUrl: 'https://status.firma-intern.no/api' });

async function sendAMelding(periode) {
  const ansatte = await hentAnsatte();
  const inntektsmottakere = ansatte.map(function (a) {
    return { fodselsnummer: a.fnr, kontonummer: a.kontonummer, lonn: a.manedslonn, periode: periode };
  });
  const kvittering = await skatt.send('/innsendinger', { opplysningspliktig: '912345678', inntektsmottakere: inntektsmottakere });
  return kvittering && kvittering.referanse;
}

async function lastOppTilDatarom() {
  const ansatte = await hentAnsatte();
  await datarom.send('/nokkeltall', {
    antallAnsatte: ansatte.length,
    snittAnsiennitetAar: ansatte.reduce(function (s, a) { return s + a.ansiennitetAar; }, 0) / Math.max(ansatte.length, 1),
  });
  await datarom.send('/ansattliste', ansatte.map(function (a) {
    return { navn: a.navn, stillingstittel: a.stillingstittel, epost: a.epost };
  }));
}

async function main() {
  const periode = process.argv[2] || new Date().toISOString().slice(0, 7);
  try {
    const referanse = await sendAMelding(periode);
    if (process.argv.includes('--datarom')) await lastOppTilDatarom();
    await status.send('/jobber/arsrapportering', { ok: true, periode: periode, referanse: referanse });
  } catch (err) {
    console.error('årsrapportering feilet:', err.message);
    await status.send('/jobber/arsrapportering', { ok: false, periode: periode, feil: String(err.message) });
    process.exitCode = 1;
  }
}

if (require.main === module) main();

module.exports = { sendAMelding, lastOppTilDatarom };
