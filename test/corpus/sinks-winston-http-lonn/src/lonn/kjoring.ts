import { driftslogg, revisjonslogg } from '../logg/loggere';
import { hentAnsatteForPeriode, Ansatt } from './ansatte';
import { beregnNettolonn, sendLonnsslipp, registrerUtbetaling } from './utbetaling';

export interface Kjoringsresultat {
  periode: string;
  utbetalt: number;
  feilet: number;
}

export async function kjorLonn(periode: string): Promise<Kjoringsresultat> {
  const ansatte: Ansatt[] = await hentAnsatteForPeriode(periode);
  driftslogg.info('Lønnskjøring startet', { periode, antallAnsatte: ansatte.length });

  const utenKonto = ansatte.filter((a) => !a.kontonummer);
  if (utenKonto.length > 0) {
    driftslogg.warn('Ansatte uten kontonummer hoppes over', {
      periode,
      ansattnumre: utenKonto.map((a) => a.ansattnummer),
    });
  }

  let utbetalt = 0;
  let feilet = 0;
  for (const ansatt of ansatte.filter((a) => a.kontonummer)) {
    try {
      const belop = beregnNettolonn(ansatt, periode);
      await registrerUtbetaling(ansatt.kontonummer, belop);
      revisjonslogg.info('Utbetaling registrert', {
        periode,
        fodselsnummer: ansatt.fodselsnummer,
        kontonummer: ansatt.kontonummer,
        belop,
      });

      await sendLonnsslipp(ansatt, periode);
      driftslogg.info('Lønnsslipp sendt', { periode, ansattnummer: ansatt.ansattnummer, epost: ansatt.epost });
      utbetalt += 1;
    } catch (feil) {
      feilet += 1;
      driftslogg.error(`Utbetaling feilet for ${ansatt.fodselsnummer}: ${(feil as Error).message}`);
      console.error('utbetaling feilet', ansatt.epost, feil);
    }
  }

  driftslogg.info('Lønnskjøring ferdig', { periode, utbetalt, feilet });
  return { periode, utbetalt, feilet };
}
