import axios from 'axios';
import { hentPasient, hentResultat, Pasient, Gentestresultat } from './journal';

const GENLAB = 'https://api.genlab.example/v1';
const DNA_PORTAL = 'https://api.dnaportal.example/v2';

export type Provetype = 'spytt' | 'blod' | 'kinnskrap';

/** Rekvisisjon til laboratoriet når prøven sendes. */
export async function sendRekvisisjon(pasientId: string, provetype: Provetype): Promise<string> {
  const pasient: Pasient = await hentPasient(pasientId);
  const { data } = await axios.post<{ rekvisisjonsnummer: string }>(`${GENLAB}/rekvisisjoner`, {
    pasientId: pasient.pasientId,
    fødselsdato: pasient.fødselsdato,
    kjønn: pasient.kjønn,
    provetype,
  });
  return data.rekvisisjonsnummer;
}

/**
 * Pasienten kan selv be om å få resultatet delt til DNA-portalen for slektsforskning.
 */
export async function delMedDnaPortal(resultatId: string): Promise<void> {
  const resultat: Gentestresultat = await hentResultat(resultatId);
  if (!resultat.samtykkeTilDeling) {
    throw new Error('Pasienten har ikke samtykket til deling');
  }
  await axios.post(`${DNA_PORTAL}/imports`, {
    pasientId: resultat.pasientId,
    genotype: resultat.genotype,
    analyseversjon: resultat.analyseversjon,
  });
}
