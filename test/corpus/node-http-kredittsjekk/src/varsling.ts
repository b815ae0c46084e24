import https from 'node:https';
import { hentSoknad } from './lager';
import type { Vurdering } from './kredittsjekk';

const SMS_VERT = 'api.sendsms.example.no';

const meldinger: Record<Vurdering['anbefaling'], string> = {
  godkjenn: 'Søknaden din er godkjent. Logg inn for å signere.',
  manuell: 'Søknaden din er til manuell behandling. Vi tar kontakt.',
  avslag: 'Vi kan dessverre ikke innvilge søknaden din nå.',
};

export async function varsleSoker(vurdering: Vurdering): Promise<void> {
  const soknad = await hentSoknad(vurdering.soknadId);

  await new Promise<void>((resolve, reject) => {
    const req = https.request(
      { host: SMS_VERT, path: '/v1/sms', method: 'POST', headers: { 'Content-Type': 'application/json' } },
      (res) => {
        res.resume();
        res.statusCode && res.statusCode < 300 ? resolve() : reject(new Error(`sms-feil ${res.statusCode}`));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ til: soknad.telefon, tekst: meldinger[vurdering.anbefaling], avsender: 'Lanekassa' }));
  });
}

export async function sendStatistikk(antall: number, avslag: number): Promise<void> {
  const req = https.request({ host: 'stats.statsfabrikk.example', path: '/ingest', method: 'POST' });
  req.on('error', () => undefined);
  req.end(JSON.stringify({ tjeneste: 'kredittsjekk', antall, avslag }));
}
