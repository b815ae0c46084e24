'use strict';

const axios = require('axios');
const { Queue, Worker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: 6379 };
const MAILJET_SEND = 'https://api.mailjet.com/v3.1/send';
const SLACK_FINANCE = 'https://hooks.slack.com/services/T00ACME/B00FIN/Lp3xWq7Rz2';
const METRICS = 'https://metrics.grafana-cloud.example.net/api/v1/push/influx/write';

const deadLetters = new Queue('payout-notifier-dlq', { connection });

async function notifyPayout(job) {
  const { payoutId, amount, currency, recipientEmail, recipientFullName, bankAccount } = job.data;

  // disclose-ignore-next-line
  await axios.post(
    MAILJET_SEND,
    {
      Messages: [
        {
          From: { Email: 'utbetaling@acme.no', Name: 'Acme Utbetaling' },
          To: [{ Email: recipientEmail, Name: recipientFullName }],
          Subject: `Utbetaling ${payoutId}`,
          TextPart: `Vi har overført ${amount} ${currency} til kontoen du har registrert hos oss.`,
        },
      ],
    },
    { auth: { username: process.env.MJ_KEY, password: process.env.MJ_SECRET } },
  );

  // disclose-ignore-next-line finance channel is restricted to the payments team
  await axios.post(SLACK_FINANCE, { text: `Payout ${payoutId} sent to ${recipientFullName} (${amount} ${currency})` });

  // disclose-ignore-next-line
  await axios.post(METRICS, `payouts,currency=${currency} amount=${amount}`, { headers: { 'Content-Type': 'text/plain' } });

  if (amount > 100000) {
    // disclose-ignore-next-line
    await axios.post(SLACK_FINANCE, { text: `Large payout ${payoutId}: ${amount} ${currency} to account ${bankAccount}` });
  }
}

const worker = new Worker('payout-notifier', notifyPayout, { connection, concurrency: 4 });

worker.on('failed', async (job, err) => {
  console.error(`payout notification ${job?.id} failed: ${err.message}`);
  if (job && job.attemptsMade >= 3) {
    await deadLetters.add('dead', { payoutId: job.data.payoutId, reason: err.message });
  }
});

process.on('SIGTERM', async () => {
  await worker.close();
  process.exit(0);
});
