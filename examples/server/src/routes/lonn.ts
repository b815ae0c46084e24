import { Router } from 'express';
import {
  hentAnsatte,
  hentFirmaoppsett,
  hentTimer,
  lagreLonnskjoring,
  oppdaterKontonummer,
} from '../services/ansattregister';
import { sendLonnsgrunnlag, varsleNyttKontonummer, type Lonnslinje } from '../integrations/lonnspartner';
import { sendAmelding } from '../integrations/amelding';
import { sendVarsel } from '../lib/varsling';
import { pseudonymize } from '../lib/pseudonym';
import { innloggetBruker } from '../middleware/auth';

export const lonnRouter = Router();

lonnRouter.post('/kjoring/:periode', async (req, res, next) => {
  const bruker = innloggetBruker(req);
  const { periode } = req.params;
  try {
    const ansatte = await hentAnsatte(bruker.firmaId);
    const timer = await hentTimer(bruker.firmaId, periode);
    const linjer: Lonnslinje[] = ansatte.map((ansatt) => ({
      ansatt,
      periode,
      timer: timer.get(ansatt.ansattnummer)?.ordinaere ?? 0,
      overtid: timer.get(ansatt.ansattnummer)?.overtid ?? 0,
    }));

    const batchId = await sendLonnsgrunnlag(bruker.firmaId, linjer);
    await lagreLonnskjoring(bruker.firmaId, { periode, batchId, ansatte });
    res.status(202).json({ batchId, antallAnsatte: ansatte.length });
  } catch (err) {
    await sendVarsel(`Lønnskjøring ${periode} feilet, startet av ${bruker.navn} <${bruker.epost}>`);
    next(err);
  }
});

lonnRouter.post('/a-melding/:periode', async (req, res, next) => {
  const bruker = innloggetBruker(req);
  const { periode } = req.params;
  try {
    const { orgnr } = await hentFirmaoppsett(bruker.firmaId);
    const ansatte = await hentAnsatte(bruker.firmaId);
    const utbetalt = new Map<string, number>(Object.entries(req.body.utbetalt ?? {}));

    const kvittering = await sendAmelding(orgnr, periode, ansatte, utbetalt);
    for (const avvik of kvittering.avvik) {
      const ansatt = ansatte.find((a) => a.fnr === avvik.norskIdentifikator);
      if (!ansatt) continue;
      await sendVarsel(`A-melding ${periode}: avvik ${avvik.kode} for ansatt ${pseudonymize(ansatt.ansattnummer)}`);
    }
    res.json({ meldingsId: kvittering.meldingsId, antallAvvik: kvittering.avvik.length });
  } catch (err) {
    next(err);
  }
});

lonnRouter.put('/ansatte/:nr/kontonummer', async (req, res, next) => {
  const bruker = innloggetBruker(req);
  try {
    await oppdaterKontonummer(bruker.firmaId, req.params.nr, req.body.kontonummer);
    await varsleNyttKontonummer(bruker.firmaId, req.params.nr);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
