import { Router } from 'express';
import { hentAnsatt, hentKunde, hentSykefravaer, lagreKunde } from '../services/ansattregister';
import { hentPopulaereTraader, publiserSporsmal, publiserSvar } from '../integrations/community';
import { synkroniserKontaktperson } from '../integrations/kundesenter';
import { innloggetBruker } from '../middleware/auth';
import type { Kontaktperson, Kunde } from '../../../shared/types';

export const supportRouter = Router();

supportRouter.get('/community/populaert', async (_req, res, next) => {
  try {
    res.json(await hentPopulaereTraader());
  } catch (err) {
    next(err);
  }
});

// «Spør Community»: spørsmålet publiseres i brukerens navn.
supportRouter.post('/community/sporsmal', async (req, res, next) => {
  const { tittel, tekst } = req.body as { tittel: string; tekst: string };
  try {
    const innlegg = await publiserSporsmal(innloggetBruker(req), { tittel, tekst });
    res.status(201).json(innlegg);
  } catch (err) {
    next(err);
  }
});

// Lønnsansvarlige spør ofte om gradert sykmelding; vi legger ved saken så andre ser hva det gjelder.
supportRouter.post('/community/fravaer/:id', async (req, res, next) => {
  const bruker = innloggetBruker(req);
  try {
    const fravaer = await hentSykefravaer(bruker.firmaId, req.params.id);
    const ansatt = await hentAnsatt(bruker.firmaId, fravaer.ansattnummer);
    const sak = `Gjelder ${ansatt.navn} (f.nr. ${ansatt.fnr}), sykmeldt ${fravaer.grad} % fra ${fravaer.fraDato} til ${fravaer.tilDato}, diagnosekode ${fravaer.diagnosekode}.`;

    const innlegg = await publiserSporsmal(bruker, {
      tittel: req.body.tittel,
      tekst: `${req.body.sporsmal}\n\n${sak}`,
      tagger: ['sykefravaer', 'a-melding'],
    });
    res.status(201).json(innlegg);
  } catch (err) {
    next(err);
  }
});

supportRouter.post('/community/traader/:traadId/svar', async (req, res, next) => {
  const medarbeider = innloggetBruker(req);
  if (medarbeider.rolle !== 'admin') {
    res.status(403).end();
    return;
  }
  try {
    // disclose-ignore-next-line Offisielle svar signeres med medarbeiderens navn, avklart med personvernombudet (sak PVO-2024-07)
    await publiserSvar(medarbeider, req.params.traadId, req.body.tekst);
    res.status(201).end();
  } catch (err) {
    next(err);
  }
});

supportRouter.put('/kunder/:orgnr/kontaktperson', async (req, res, next) => {
  try {
    const kunde: Kunde = {
      ...(await hentKunde(req.params.orgnr)),
      kontaktperson: req.body as Kontaktperson,
    };
    await lagreKunde(kunde);
    await synkroniserKontaktperson(kunde);
    res.json(kunde);
  } catch (err) {
    next(err);
  }
});
