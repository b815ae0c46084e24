import { hentFaktura, hentPasientForFaktura } from './reskontro';

const INKASSO = 'https://api.kreditor-inkasso.example';
const BETALINGSPORTAL = 'https://api.betalingsportal.example/v1';
const SEPA_BANK = 'https://api.sepa-bank.example/v1';

const json = { 'content-type': 'application/json' };

export interface Kortskjema {
  kortnummer: string;
  utlopsmaned: number;
  utlopsar: number;
  cvc: string;
}

/** Tokeniserer kortet hos betalingsportalen før belastning. */
export async function tokeniserKort(skjema: Kortskjema): Promise<string> {
  const res = await fetch(`${BETALINGSPORTAL}/tokens`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ cardNumber: skjema.kortnummer, expMonth: skjema.utlopsmaned, expYear: skjema.utlopsar, cvc: skjema.cvc }),
  });
  if (!res.ok) throw new Error(`Kortet ble avvist (${res.status})`);
  return ((await res.json()) as { token: string }).token;
}

export async function sendKvittering(fakturanummer: string, maskertKortnummer: string): Promise<void> {
  const faktura = await hentFaktura(fakturanummer);
  await fetch(`${BETALINGSPORTAL}/receipts`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ fakturanummer, belop: faktura.belop, maskertKortnummer }),
  });
}

export async function refunderTilUtenlandskKonto(fakturanummer: string): Promise<void> {
  const pasient = await hentPasientForFaktura(fakturanummer);
  const faktura = await hentFaktura(fakturanummer);
  await fetch(`${SEPA_BANK}/transfers`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ iban: pasient.iban, bic: pasient.bic, creditorName: pasient.fulltNavn, amount: faktura.belop }),
  });
}

export async function sendTilInkasso(fakturanummer: string): Promise<void> {
  const pasient = await hentPasientForFaktura(fakturanummer);
  const faktura = await hentFaktura(fakturanummer);
  await fetch(`${INKASSO}/saker`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      skyldner: pasient.fulltNavn,
      fakturaadresse: pasient.fakturaadresse,
      kontonummer: pasient.kontonummer,
      hovedstol: faktura.belop,
    }),
  });
}
