import axios from 'axios';
import { erGyldigFnr, hentAktiveAnsatte } from './ansatte';

const KVALITET = 'https://api.datakvalitet-saas.example/v1/rapporter';
const LONNSBANK = 'https://api.lonnsbanken.example/v3/utbetalinger';
const VARSLING = 'https://api.varslingstjeneste.example/v1/sms';
const SLACK = process.env.SLACK_LONN_WEBHOOK ?? 'https://hooks.slack.com/services/T000/B000/lonn';

export async function forberedLonnskjoring(firmaId: string, periode: string): Promise<void> {
  const ansatte = await hentAktiveAnsatte(firmaId);

  const rapport = {
    periode,
    antallAnsatte: ansatte.length,
    kontonummerMangler: ansatte.filter((a) => !a.kontonummer).length,
    ugyldigeFnr: ansatte.filter((a) => !erGyldigFnr(a.fødselsnummer)).length,
    manglerEpost: ansatte.filter((a) => a.epost === null || a.epost.trim() === '').length,
    deltid: ansatte.filter((a) => a.stillingsprosent < 100).length,
    kontroller: ansatte.map((a) => ({
      harKontonummer: Boolean(a.kontonummer),
      fnrGyldig: erGyldigFnr(a.fødselsnummer),
      telefonErNorsk: typeof a.telefon === 'string' && a.telefon.startsWith('+47'),
    })),
  };
  await axios.post(KVALITET, rapport, { headers: { 'X-Api-Key': process.env.KVALITET_KEY ?? '' } });

  const klare = ansatte.filter((a) => a.kontonummer && erGyldigFnr(a.fødselsnummer));
  await axios.post(LONNSBANK, {
    periode,
    betalinger: klare.map((a) => ({ ansattnummer: a.ansattnummer, kontonummer: a.kontonummer, mottaker: a.fulltNavn })),
  });

  for (const ansatt of ansatte.filter((a) => !a.kontonummer && a.telefon)) {
    await axios.post(VARSLING, {
      til: ansatt.telefon,
      tekst: `Hei ${ansatt.fulltNavn.split(' ')[0]}! Vi mangler kontonummeret ditt før lønnskjøringen ${periode}.`,
    });
  }

  await fetch(SLACK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      text: `Lønnskjøring ${periode}: ${klare.length} av ${ansatte.length} klare, ${rapport.kontonummerMangler} mangler kontonummer.`,
    }),
  });
}
