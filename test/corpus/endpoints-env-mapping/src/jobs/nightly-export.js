'use strict';

const axios = require('axios');
const { audience, chunk } = require('./audience-client');
const { loadCustomers, newRunId } = require('../db');

async function nightlyExport() {
  const runId = newRunId();
  const customers = await loadCustomers({ active: true });
  const failures = [];

  for (const batch of chunk(customers, 200)) {
    await axios.post(`${process.env.BILLING_PARTNER_URL}/accounts/bulk`, {
      accounts: batch.map((customer) => ({
        customerId: customer.customerId,
        email: customer.email,
        fullName: customer.fullName,
      })),
    });

    const consenting = batch.filter((customer) => customer.marketingConsent);
    try {
      await audience.post('/audience/upsert', {
        members: consenting.map((customer) => ({ customerId: customer.customerId, email: customer.email })),
      });
    } catch (err) {
      failures.push(...consenting);
    }

    if (process.env.LEGACY_EXPORT_URL) {
      await fetch(process.env.LEGACY_EXPORT_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customers: batch.map((customer) => ({ customerId: customer.customerId, email: customer.email })) }),
      });
    }
  }

  await fetch(`${process.env.API_BASE_URL}/exports/${runId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ runId, exported: customers.length, failedEmails: failures.map((customer) => customer.email) }),
  });

  await fetch(`${process.env.STATUS_PAGE_URL}/components/nightly-export`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: failures.length ? 'degraded' : 'operational' }),
  });

  return { runId, exported: customers.length, failed: failures.length };
}

nightlyExport()
  .then((summary) => console.log('nightly export done', summary))
  .catch((err) => {
    console.error('nightly export failed', err);
    process.exitCode = 1;
  });
