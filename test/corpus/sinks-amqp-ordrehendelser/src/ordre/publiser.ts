import { hentSkyKanal, hentLokalKanal, tilBuffer } from '../ko/tilkobling';
import { hentOrdre, hentKunde } from './lager';

export async function publiserNyOrdre(ordrenummer: string): Promise<void> {
  const ordre = await hentOrdre(ordrenummer);
  const kunde = await hentKunde(ordre.kundenummer);
  const kanal = await hentSkyKanal();

  kanal.publish(
    'ordre',
    'ordre.opprettet',
    tilBuffer({
      ordrenummer: ordre.nummer,
      leveringsadresse: ordre.leveringsadresse,
      mottakerEpost: kunde.epost,
      varer: ordre.linjer.map((l) => ({ sku: l.sku, antall: l.antall })),
    }),
    { persistent: true, contentType: 'application/json' },
  );

  kanal.publish('ordre', 'ordre.statistikk', tilBuffer({ sum: ordre.sumInklMva, antallLinjer: ordre.linjer.length }));

  const lokal = await hentLokalKanal();
  lokal.sendToQueue('ordre-revisjon', tilBuffer({ ordrenummer: ordre.nummer, kundeTelefon: kunde.telefon }));

  await kanal.waitForConfirms();
}

export async function publiserHentemelding(ordrenummer: string, hentekode: string): Promise<void> {
  const ordre = await hentOrdre(ordrenummer);
  const kunde = await hentKunde(ordre.kundenummer);
  const kanal = await hentSkyKanal();

  try {
    kanal.sendToQueue(
      'sms-varsler',
      tilBuffer({ mobilnummer: kunde.mobilnummer, tekst: `Pakken din er klar. Hentekode: ${hentekode}` }),
      { persistent: true },
    );
    await kanal.waitForConfirms();
  } catch (feil) {
    console.error(`Hentemelding for ordre ${ordrenummer} ble ikke bekreftet`, feil);
    throw feil;
  }
}
