import axios from 'axios';
import {
  standardInnstillinger,
  type Fagsak,
  type Innstillinger,
  type Pasient,
  type Timebestilling,
} from './modeller';

const FORUM = 'https://forum.fysiofag.example/api/innlegg';
const JOURNAL = 'https://api.journalsky.example/v2/pasienter';
const PAMINNELSER = 'https://api.timepaminner.example/v1/reminders';
const KANALVALG = 'https://api.timepaminner.example/v1/settings';
const MELDINGER = 'https://api.meldingsboksen.example/v1/kontakter';
const STATISTIKK = 'https://stats.klinikkdrift.example/v1/uke';

/** Shares a case on the professional forum for advice, without the patient. */
export async function delFagsak(sak: Fagsak): Promise<void> {
  const innlegg = structuredClone(sak);
  delete innlegg.pasient;
  await axios.post(FORUM, { kategori: 'rygg', ...innlegg });
}

export async function synkJournal(pasient: Pasient): Promise<void> {
  const snapshot = structuredClone(pasient);
  await axios.put(`${JOURNAL}/${encodeURIComponent(snapshot.fnr)}`, snapshot);
}

export async function planleggPaminnelse(time: Timebestilling, overstyr?: Partial<Innstillinger>): Promise<void> {
  const innstillinger = structuredClone(standardInnstillinger);
  if (overstyr?.paminnelseTimerFor) innstillinger.paminnelseTimerFor = overstyr.paminnelseTimerFor;
  await axios.put(KANALVALG, innstillinger);

  const kopi = JSON.parse(JSON.stringify(time)) as Timebestilling;
  kopi.tid = new Date(kopi.tid).toISOString();
  await axios.post(PAMINNELSER, { ...kopi, timerFor: innstillinger.paminnelseTimerFor });
}

export async function registrerKontakt(pasient: Pasient): Promise<void> {
  const kontakt = structuredClone(pasient.kontakt);
  await axios.post(MELDINGER, { kontakt, samtykke: true });
}

export async function ukestatistikk(timer: Timebestilling[]): Promise<void> {
  const perRom = structuredClone(
    timer.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.rom]: (acc[t.rom] ?? 0) + 1 }), {}),
  );
  await axios.post(STATISTIKK, { uke: new Date().toISOString().slice(0, 10), perRom });
}
