import https from 'node:https';
import http from 'node:http';
import { hentSoknad, lagreVurdering } from './lager';

export interface Vurdering {
  soknadId: string;
  score: number;
  anbefaling: 'godkjenn' | 'manuell' | 'avslag';
}

function lesSvar(res: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const biter: Buffer[] = [];
    res.on('data', (bit: Buffer) => biter.push(bit));
    res.on('end', () => resolve(Buffer.concat(biter).toString('utf8')));
    res.on('error', reject);
  });
}

function hentStyringsrente(): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get('https://data.rentebanken.example/api/styringsrente/siste', (res) => {
        lesSvar(res).then((tekst) => resolve(Number(JSON.parse(tekst).rente)), reject);
      })
      .on('error', reject);
  });
}

export async function vurderSoknad(soknadId: string): Promise<Vurdering> {
  const soknad = await hentSoknad(soknadId);
  const rente = await hentStyringsrente();

  const body = JSON.stringify({ fnr: soknad.fnr, kundeId: soknad.kundeId, belop: soknad.belop, rente });
  const tekst = await new Promise<string>((resolve, reject) => {
    const req = https.request(
      {
        hostname: 'api.kredittopplysning.no',
        path: '/v2/vurderinger',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => lesSvar(res).then(resolve, reject),
    );
    req.on('error', reject);
    req.setTimeout(8000, () => req.destroy(new Error('tidsavbrudd mot kredittopplysning')));
    req.write(body);
    req.end();
  });

  const { score } = JSON.parse(tekst) as { score: number };
  const anbefaling = score >= 700 ? 'godkjenn' : score >= 500 ? 'manuell' : 'avslag';
  const vurdering: Vurdering = { soknadId, score, anbefaling };

  // Saksbehandlingstjenesten kjører lokalt ved siden av denne prosessen.
  const lokal = http.request({ hostname: 'localhost', port: 8080, path: '/intern/vurderinger', method: 'POST' });
  lokal.on('error', (err) => console.warn('kunne ikke varsle saksbehandling', err.message));
  lokal.end(JSON.stringify({ ...vurdering, fnr: soknad.fnr }));

  await lagreVurdering(vurdering);
  return vurdering;
}
