import axios from 'axios';
import { STANDARD_VARSEL, erNyinnflyttet, type Beboer, type Vedlikeholdssak } from './typer';

const STYREPORTAL = 'https://api.styreweb.example/v1/beboere';
const VEDLIKEHOLD = 'https://api.vaktmesterappen.example/v2/saker';
const FORSIKRING = 'https://api.trygghet-forsikring.example/kollektiv/medlemmer';
const NYHETSBREV = 'https://api.nyhetsposten.example/lists/solsiden/members';
const SMS = 'https://sms.varselsentral.example/v1/send';
const HENDELSESLOGG = 'https://logg.borettslagsdrift.example/hendelser';

async function loggHendelse(type: string, ...felter: string[]): Promise<void> {
  await fetch(HENDELSESLOGG, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type, felter, tid: new Date().toISOString() }),
  });
}

export async function registrerInnflytting(beboer: Beboer, eksisterendeAdresser: string[]): Promise<void> {
  // Styreportalen skal ikke ha fødselsnummer eller kontonummer.
  const { fnr: _fnr, kontonummer: _kontonummer, ...kontaktinfo } = beboer;
  await axios.post(STYREPORTAL, kontaktinfo);

  await axios.post(FORSIKRING, { ...beboer, kilde: 'innflytting' });

  await axios.put(NYHETSBREV, { adresser: [...eksisterendeAdresser, beboer.epost] });

  const varsel = Object.assign({}, STANDARD_VARSEL, {
    til: beboer.telefon,
    tekst: `Velkommen til Solsiden, leilighet ${beboer.leilighet}!`,
  });
  await axios.post(SMS, varsel);

  await loggHendelse('innflytting', beboer.navn, beboer.leilighet);
  if (!erNyinnflyttet(beboer)) console.warn(`innflytting for ${beboer.leilighet} registrert sent`);
}

export async function meldVedlikehold(beboer: Beboer, sak: Vedlikeholdssak): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { fnr, navn, epost, telefon, kontonummer, beboerId, ...bolig } = beboer;
  await axios.post(VEDLIKEHOLD, { ...bolig, ...sak, meldt: new Date().toISOString() });
  await loggHendelse('vedlikehold', sak.kategori, sak.haster ? 'haster' : 'normal');
}
