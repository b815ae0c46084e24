'use strict';

const axios = require('axios');

const audience = axios.create({
  baseURL: process.env.MARKETING_WEBHOOK_URL,
  timeout: 15000,
  headers: { 'X-Agency-Key': process.env.MARKETING_AGENCY_KEY || '' },
});

audience.interceptors.response.use(
  (res) => res,
  (err) => {
    const status = err.response ? err.response.status : 'no response';
    console.warn(`[audience] request failed: ${status}`);
    return Promise.reject(err);
  },
);

function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

module.exports = { audience, chunk };
