import express from 'express';
import axios from 'axios';
import { UgyldigKunde, nyttKundenummer, valider, type Kunde, type NyKundeSkjema } from './kunde';

const KUNDEREGISTER = 'https://kunderegister.visma.example/api/v1/kunder';
const SMS_VARSEL = 'https://api.smsteknologi.no/v2/send';
const BRANSJESTATISTIKK = 'https://api.bransjetall.no/v1/registreringer';

export const kundeRuter = express.Router();

kundeRuter.post('/kunder', express.json(), async (req, res) => {
  const skjema = req.body as NyKundeSkjema;
  try {
    valider(skjema);
    const kunde: Kunde = {
      kundenummer: nyttKundenummer(),
      navn: skjema.navn.trim(),
      epost: skjema.epost.toLowerCase(),
      telefon: skjema.telefon ?? '',
      adresse: skjema.adresse ?? '',
      bransje: skjema.bransje,
      antallAnsatte: skjema.antallAnsatte,
    };

    await axios.post('https://crm.acme.local/api/kunder', kunde);

    // Felles kunderegister i konsernet: formålene er oppgitt i .disclose.yaml.
    await axios.post(KUNDEREGISTER, kunde);

    await axios.post(`${process.env.SALGSPARTNER_API_URL}/leads`, {
      kundenavn: kunde.navn,
      epostadresse: kunde.epost,
      bransje: kunde.bransje,
    });

    await axios.post(BRANSJESTATISTIKK, { bransje: kunde.bransje, storrelse: kunde.antallAnsatte });

    if (kunde.telefon) {
      await axios.post(SMS_VARSEL, {
        til: kunde.telefon,
        melding: `Velkommen som kunde, ${kunde.navn}! Kundenummeret ditt er ${kunde.kundenummer}.`,
      });
    }
    res.status(201).json({ kundenummer: kunde.kundenummer });
  } catch (err) {
    if (err instanceof UgyldigKunde) {
      res.status(400).json({ feil: err.message, felt: err.felt });
      return;
    }
    console.error('registrering feilet', (err as Error).message);
    res.status(500).json({ feil: 'intern feil' });
  }
});

kundeRuter.put('/kunder/:kundenummer/adresse', express.json(), async (req, res) => {
  const { kundenummer } = req.params;
  const kundeAdresse: unknown = req.body.adresse;
  if (typeof kundeAdresse !== 'string' || kundeAdresse.length < 5) {
    res.status(400).json({ feil: 'adresse mangler' });
    return;
  }
  await axios.patch(`${KUNDEREGISTER}/${kundenummer}`, { adresse: kundeAdresse });
  await axios.post(`${process.env.SALGSPARTNER_API_URL}/adresseendringer`, { kundenummer, adresse: kundeAdresse });
  res.status(204).end();
});
