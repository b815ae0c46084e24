import axios from 'axios';
import { CrmClient } from '../lib/crm-client';

interface Attendee {
  email: string;
  fullName: string;
  company: string;
  phone?: string;
  attendedMinutes: number;
}

const WEBINAR_API = 'https://api.webinar-host.com/v1/webinars';
const SURVEY_API = 'https://api.surveytool.io/v3/invitations';
const SMS_API = 'https://api.sms-leverandor.no/v1/messages';
const crm = new CrmClient(process.env.CRM_TOKEN ?? '');

export async function followUpWebinar(webinarId: string): Promise<void> {
  const { data } = await axios.get<{ attendees: Attendee[] }>(`${WEBINAR_API}/${webinarId}/attendees`);
  const attendees = data.attendees.filter((a) => a.attendedMinutes >= 10);

  for (const attendee of attendees) {
    await crm.upsertContact({ email: attendee.email, fullName: attendee.fullName, company: attendee.company });

    // disclose-ignore-next-line survey invitations go to our DPA-covered survey processor

    await axios.post(SURVEY_API, { email: attendee.email, survey: 'webinar-nps', webinar: webinarId });

    if (attendee.phone) {
      await fetch(SMS_API, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        // disclose-ignore-next-line SMS vendor is a processor
        body: JSON.stringify({ to: attendee.phone, text: `Takk for at du deltok, ${attendee.fullName}!` }),
      });
    }

    // disclose-ignore-next-line thank-you mails go through our DPA-covered processor
    await axios.post('https://api.mailersend.com/v1/email', {
      to: [{ email: attendee.email }],
      subject: 'Takk for at du deltok',
      template_id: 'webinar-thanks',
    });
  }

  await crm.logCampaign(`webinar-${webinarId}`, attendees.length);
  console.info(`followed up ${attendees.length} attendees of webinar ${webinarId}`);
}
