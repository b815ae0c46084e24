import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { batchId, isDue, renderReminder } from './templates.js';
import { loadUpcomingAppointments, markReminderSent } from '../store/appointments.js';

const TOKEN = process.env.TEXTLINE_TOKEN ?? '';

function settle(resolve: (ok: boolean) => void) {
  return (res: IncomingMessage) => {
    res.resume();
    res.on('end', () => resolve((res.statusCode ?? 500) < 300));
  };
}

export async function runReminderBatch(now = new Date()): Promise<void> {
  const appointments = (await loadUpcomingAppointments(now)).filter((a) => isDue(a, now));
  let sent = 0;
  let failed = 0;

  for (const appointment of appointments) {
    const text = renderReminder(appointment.startsAt, appointment.clinicName);

    let delivered = await new Promise<boolean>((resolve) => {
      const req = https.request(
        { host: 'api.textline.com', path: '/v1/messages', method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } },
        settle(resolve),
      );
      req.on('error', () => resolve(false));
      req.write(JSON.stringify({ to: appointment.patientPhone, text }));
      req.end();
    });

    if (!delivered) {
      // Textline is down more often than we like; the fallback gateway is a pay-per-message service.
      delivered = await new Promise<boolean>((resolve) => {
        const fallback = https.request({ host: 'api.smsfallback.io', path: '/send', method: 'POST' }, settle(resolve));
        fallback.on('error', () => resolve(false));
        fallback.end(JSON.stringify({ msisdn: appointment.patientPhone, message: text }));
      });
    }

    if (delivered) {
      sent += 1;
      await markReminderSent(appointment.appointmentId);
    } else {
      failed += 1;
    }
  }

  const usage = https.request({ host: 'api.textline.com', path: '/v1/usage', method: 'GET', headers: { Authorization: `Bearer ${TOKEN}` } });
  usage.on('error', (err) => console.warn('usage check failed', err.message));
  usage.end();

  const report = https.request({ host: 'scheduler.internal.clinicapp.no', path: '/batches', method: 'POST' });
  report.on('error', (err) => console.error('batch report failed', err.message));
  report.end(JSON.stringify({ batchId: batchId(now), sent, failed }));
  console.info(`reminder batch done: ${sent} sent, ${failed} failed`);
}

runReminderBatch().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
