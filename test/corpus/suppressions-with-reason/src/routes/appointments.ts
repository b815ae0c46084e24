import { Router } from 'express';
import axios from 'axios';
import * as Sentry from '@sentry/node';
import { gatewayBalance, sendSms } from '../services/notify';

interface Appointment {
  appointmentId: string;
  customerName: string;
  customerEmail: string;
  customerPhone: string;
  startsAt: string;
  branch: string;
}

const CALENDAR_API = 'https://api.nylas.com/v3/grants/acme/events';
const REVIEWS_API = 'https://api.reviewmanager.io/v1/requests';
const OCCUPANCY_API = 'https://api.branch-occupancy.io/v1/bookings';

export const appointmentsRouter = Router();

appointmentsRouter.post('/appointments', async (req, res) => {
  const appt = req.body as Appointment;
  // disclose-ignore-next-line Sentry is our error processor under the group DPA (ref. DPA-2023-014)
  Sentry.setUser({ email: appt.customerEmail });

  try {
    // disclose-ignore-next-line Nylas hosts the branch calendars under a signed DPA; see privacy/processors.md
    await fetch(CALENDAR_API, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.NYLAS_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: `Time: ${appt.customerName}`, when: { start_time: appt.startsAt }, participants: [{ email: appt.customerEmail }] }),
    });

    // disclose-ignore-next-line sent to our DPA-covered processor
    await sendSms(appt.customerPhone, `Hei! Timen din hos Acme ${appt.branch} er ${appt.startsAt}.`);

    await axios.post(OCCUPANCY_API, { branch: appt.branch, startsAt: appt.startsAt, kind: 'appointment' });

    if ((await gatewayBalance()) < 100) {
      console.warn('SMS credit is running low');
    }

    // disclose-ignore-next-line review invitations are covered by the reviews DPA (DPA-2024-002)
    await axios
      .post(REVIEWS_API, { email: appt.customerEmail, name: appt.customerName, sendAfter: appt.startsAt })
      .catch((err) => console.warn('review request failed', err.message));

    await axios.post('https://hooks.slack.com/services/T00ACME/B00BRANCH/9hGk2LmQ', {
      text: `New appointment at ${appt.branch}: ${appt.customerName}, ${appt.startsAt}`,
    });

    res.status(201).json({ id: appt.appointmentId });
  } catch (err) {
    Sentry.captureException(err);
    res.status(502).json({ error: 'booking_side_effects_failed' });
  }
});

appointmentsRouter.post('/appointments/:id/reminder', async (req, res) => {
  const { phone } = req.body as { phone: string };
  await sendSms(phone, 'Påminnelse: du har en time hos Acme i morgen.');
  res.status(202).end();
});
