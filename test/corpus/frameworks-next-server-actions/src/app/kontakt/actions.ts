'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import Mixpanel from 'mixpanel';

const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? '', { host: 'api-eu.mixpanel.com' });
const CRM = 'https://crm.visma-konsern.example/api/v2';
const SMS_API = 'https://gatewayapi.example/rest/mtsms';

export interface SkjemaTilstand {
  ok: boolean;
  feil?: string;
}

export async function sendKontaktskjema(_forrige: SkjemaTilstand, formData: FormData): Promise<SkjemaTilstand> {
  const epost = formData.get('epost');
  const telefon = formData.get('telefon');
  const kundenavn = formData.get('kundenavn');
  const emne = String(formData.get('emne') ?? 'annet');
  if (typeof epost !== 'string' || !epost.includes('@')) {
    return { ok: false, feil: 'Oppgi en gyldig e-postadresse' };
  }

  try {
    await fetch(`${CRM}/henvendelser`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.CRM_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ epost, telefon, kundenavn, emne, kilde: 'nettsted' }),
    });

    mixpanel.track('kontaktskjema_sendt', { distinct_id: epost, emne });

    if (typeof telefon === 'string' && telefon.length >= 8) {
      await fetch(SMS_API, {
        method: 'POST',
        headers: { Authorization: `Token ${process.env.GATEWAYAPI_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ sender: 'Acme', message: 'Takk for henvendelsen! Vi svarer innen to virkedager.', recipients: [{ msisdn: telefon }] }),
      });
    }
  } catch (err) {
    console.error('kontaktskjema feilet', err);
    return { ok: false, feil: 'Noe gikk galt. Prøv igjen senere.' };
  }

  revalidatePath('/kontakt');
  return { ok: true };
}

export async function meldPaWebinar(formData: FormData): Promise<void> {
  const webinarId = String(formData.get('webinarId') ?? '');
  const plasser = Math.min(5, Number(formData.get('plasser') ?? 1));

  const res = await fetch(`https://api.webinarhub.example/v1/webinars/${webinarId}/reservations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.WEBINARHUB_KEY ?? '' },
    body: JSON.stringify({ seats: plasser }),
  });
  if (!res.ok) throw new Error(`webinarhub svarte ${res.status}`);

  redirect(`/webinar/${webinarId}/takk`);
}
