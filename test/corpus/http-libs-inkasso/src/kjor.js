'use strict';

const superagent = require('superagent');
const { overforForfalteFakturaer } = require('./overfor-saker');

const VAKTLISTE_URL = 'https://hooks.vaktliste.example.no/inkasso-jobb';

async function main() {
  const start = Date.now();
  try {
    const { overfort, hoppetOver } = await overforForfalteFakturaer();
    const sekunder = Math.round((Date.now() - start) / 1000);
    console.log(`Inkassojobb ferdig: ${overfort} overført, ${hoppetOver} under minstebeløp (${sekunder}s)`);
    await superagent.post(VAKTLISTE_URL).send({ jobb: 'inkasso', overfort, hoppetOver, sekunder });
  } catch (err) {
    console.error('Inkassojobb feilet:', err.message);
    await superagent
      .post(VAKTLISTE_URL)
      .send({ jobb: 'inkasso', feilet: true, melding: err.message })
      .catch(() => undefined);
    process.exitCode = 1;
  }
}

main();
