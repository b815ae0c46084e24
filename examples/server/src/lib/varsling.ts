import { DRIFT_WEBHOOK_URL } from '../config';

/** Sender en kort melding til driftskanalen. Feil her skal aldri stoppe en forespørsel. */
export async function sendVarsel(tekst: string): Promise<void> {
  try {
    await fetch(DRIFT_WEBHOOK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: tekst, kilde: 'timeforing-api' }),
    });
  } catch (err) {
    console.warn('Kunne ikke sende driftsvarsel', err);
  }
}
