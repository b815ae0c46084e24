import axios from 'axios';
import { In, LessThan } from 'typeorm';
import { dataSource } from '../data-source';
import { Faktura } from '../entities/faktura.entity';

const INKASSO = 'https://api.inkassopartner.example/v2';
const SMS = 'https://api.sveve-sms.example/SMS/SendMessage';

/** Sends invoices that are still unpaid 14 days after the reminder to the debt collector. */
export async function eksporterForfalte(): Promise<number> {
  const grense = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
  const fakturaer = await dataSource.getRepository(Faktura).find({
    where: { status: 'purret', forfall: LessThan(grense) },
    relations: { kunde: true },
  });

  for (const faktura of fakturaer) {
    const { kunde } = faktura;
    await axios.post(`${INKASSO}/saker`, {
      skyldner: kunde,
      krav: { fakturaId: faktura.id, belop: faktura.belop, forfall: faktura.forfall },
    });

    if (kunde.telefon) {
      await axios.post(SMS, {
        to: kunde.telefon,
        msg: 'En ubetalt faktura er nå oversendt til inkasso. Kontakt oss på 22 00 00 00 ved spørsmål.',
        from: 'Regnskap',
      });
    }
  }

  await dataSource.getRepository(Faktura).update({ id: In(fakturaer.map((f) => f.id)) }, { status: 'inkasso' });
  return fakturaer.length;
}
