'use strict';

const express = require('express');
const customerRoutes = require('./routes/customers');

const PORT = Number(process.env.PORT || 3000);
const STATUS_URL = 'https://status.scorely.com/api/v2/status.json';

const app = express();
app.use(express.json({ limit: '100kb' }));

app.get('/healthz', async (_req, res) => {
  let scorely = 'unknown';
  try {
    const response = await fetch(STATUS_URL, { signal: AbortSignal.timeout(2000) });
    const status = await response.json();
    scorely = status.status.indicator;
  } catch (err) {
    console.warn('scorely status check failed:', err.message);
  }
  res.json({ ok: true, dependencies: { scorely } });
});

app.use('/customers', customerRoutes);

app.use((err, _req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: 'internal_error' });
});

app.listen(PORT, () => {
  console.log(`support-lookup listening on :${PORT}`);
});
