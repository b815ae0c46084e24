'use strict';

const axios = require('axios');
const { getUsersToSync, markSynced, close } = require('../db/users');

const SENDGRID_CONTACTS = 'https://api.sendgrid.com/v3/marketing/contacts';
const SENDGRID_LISTS = 'https://api.sendgrid.com/v3/marketing/lists';
const DATADOG_SERIES = 'https://api.datadoghq.eu/api/v2/series';
const POSTMARK_EMAIL = 'https://api.postmarkapp.com/email';
const BATCH_SIZE = 500;

const sendgrid = { headers: { Authorization: `Bearer ${process.env.SENDGRID_KEY}` } };

async function resolveListId(name) {
  const { data } = await axios.get(SENDGRID_LISTS, sendgrid);
  const list = data.result.find((l) => l.name === name);
  if (!list) throw new Error(`SendGrid list "${name}" not found`);
  return list.id;
}

function notifyOps(subject, text) {
  return axios.post(
    POSTMARK_EMAIL,
    { From: 'jobs@acme.io', To: 'crm-ops@acme.io', Subject: subject, TextBody: text },
    { headers: { 'X-Postmark-Server-Token': process.env.POSTMARK_TOKEN } },
  );
}

/** Syncs the next batch; resolves to the number synced, 0 when nothing is left. */
async function syncNextBatch(listId) {
  const users = await getUsersToSync(BATCH_SIZE);
  if (users.length === 0) return 0;

  const contacts = users.map((u) => ({
    email: u.email,
    first_name: u.firstName,
    custom_fields: { e1_T: u.plan },
  }));
  try {
    await axios.put(SENDGRID_CONTACTS, { list_ids: [listId], contacts }, sendgrid);
  } catch (err) {
    let report = `SendGrid rejected a batch of ${users.length} contacts: ${err.message}`;
    report = `${report}\nAffected: ${users.map((u) => u.email).join(', ')}`;
    await notifyOps('Contact sync: batch rejected', report);
    throw err;
  }

  const plans = [...new Set(users.map((u) => u.plan))];
  const series = [
    {
      metric: 'contacts.synced',
      type: 1,
      points: [{ timestamp: Math.floor(Date.now() / 1000), value: users.length }],
      tags: plans.map((p) => `plan:${p}`),
    },
  ];
  await axios.post(DATADOG_SERIES, { series }, { headers: { 'DD-API-KEY': process.env.DD_API_KEY } });

  const churnRisk = users
    .filter((u) => u.lastSeenDays > 30)
    .map(({ email, lastSeenDays }) => ({ email, lastSeenDays }));
  if (churnRisk.length > 0) {
    await axios.post(process.env.ZAPIER_HOOK_URL, JSON.stringify(churnRisk), {
      headers: { 'Content-Type': 'application/json' },
    });
  }

  await markSynced(users.map((u) => u.id));
  return users.length;
}

async function main() {
  const started = Date.now();
  const listId = await resolveListId('All customers');
  let total = 0;
  for (let synced = await syncNextBatch(listId); synced > 0; synced = await syncNextBatch(listId)) {
    total += synced;
  }
  await notifyOps('Contact sync finished', `${total} contacts synced in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main()
  .catch((err) => {
    console.error('contact sync failed:', err.message);
    process.exitCode = 1;
  })
  .finally(close);
