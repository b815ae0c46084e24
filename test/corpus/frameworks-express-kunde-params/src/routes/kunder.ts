import { Router, type NextFunction, type Request, type Response } from 'express';
import axios from 'axios';

const KREDITT = 'https://api.kredittopplysning.example/v2';
const SKATT = 'https://api.skatteetaten.example/v1';
const SMS_GATEWAY = 'https://sms.linkmobility-gw.example/rest/send';

export const kundeRouter = Router();

const FNR_MONSTER = /^\d{11}$/;

function krevGyldigFnr(req: Request, res: Response, next: NextFunction): void {
  if (!FNR_MONSTER.test(req.params.fnr ?? '')) {
    res.status(400).json({ feil: 'ugyldig fødselsnummer' });
    return;
  }
  next();
}

// Kredittsjekk før fakturakjøp: partneren har avtale med oss og oppgitt formål.
kundeRouter.get('/kunder/:fnr/kreditt', krevGyldigFnr, async (req, res, next) => {
  try {
    const belop = Number(req.query.belop ?? 0);
    const { data } = await axios.post(`${KREDITT}/vurderinger`, { fnr: req.params.fnr, belop }, { timeout: 4_000 });
    res.json({ godkjent: data.score >= 450, grense: data.anbefaltGrense });
  } catch (err) {
    next(err);
  }
});

kundeRouter.get('/kunder/:fnr/skattekort', krevGyldigFnr, async (req, res, next) => {
  const { fnr } = req.params;
  try {
    const svar = await fetch(`${SKATT}/skattekort/${fnr}?inntektsaar=${new Date().getFullYear()}`, {
      headers: { Authorization: `Bearer ${process.env.MASKINPORTEN_TOKEN}`, Accept: 'application/json' },
    });
    if (!svar.ok) {
      res.status(svar.status === 404 ? 404 : 502).json({ feil: 'skattekort ikke tilgjengelig' });
      return;
    }
    const skattekort = (await svar.json()) as { tabell: string; prosent: number };
    res.json({ tabell: skattekort.tabell, prosent: skattekort.prosent });
  } catch (err) {
    next(err);
  }
});

kundeRouter.post('/kunder/:kundenummer/varsel', async (req, res, next) => {
  const telefon = String(req.query.telefon ?? '');
  const { kundenummer } = req.params;
  try {
    const { data: kunde } = await axios.get(`${process.env.KUNDEREGISTER_URL}/kunder/${kundenummer}`);
    if (!kunde.varslerPaSms) {
      res.status(409).json({ feil: 'kunden har reservert seg mot SMS' });
      return;
    }
    await axios.post(SMS_GATEWAY, {
      source: 'Regnskap',
      destination: telefon,
      userData: 'Hei! Fakturaen din forfaller om tre dager. Mvh Regnskap AS',
    });
    console.info(`varsel sendt for kunde ${kundenummer}`);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
