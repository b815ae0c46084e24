'use strict';

const https = require('node:https');
const { URL } = require('node:url');

/**
 * Minimal JSON client used by the old batch jobs (written before we had fetch in Node).
 * @param {{ baseUrl: string, token?: string, timeoutMs?: number }} options
 */
function ApiClient(options) {
  if (!options || !options.baseUrl) throw new TypeError('ApiClient: baseUrl is required');
  this.baseUrl = options.baseUrl.replace(/\/$/, '');
  this.token = options.token;
  this.timeoutMs = options.timeoutMs || 20000;
}

ApiClient.prototype.headers = function headers(body) {
  const h = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
  if (this.token) h.Authorization = 'Bearer ' + this.token;
  return h;
};

ApiClient.prototype.send = function send(path, payload) {
  const url = new URL(this.baseUrl + path);
  const body = JSON.stringify(payload);
  const self = this;
  return new Promise(function (resolve, reject) {
    const req = https.request(url, { method: 'POST', headers: self.headers(body), timeout: self.timeoutMs }, function (res) {
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', function (chunk) {
        raw += chunk;
      });
      res.on('end', function () {
        if (res.statusCode >= 400) return reject(new Error(path + ' -> HTTP ' + res.statusCode));
        resolve(raw ? JSON.parse(raw) : null);
      });
    });
    req.on('timeout', function () {
      req.destroy(new Error(path + ' timed out'));
    });
    req.on('error', reject);
    req.write(body);
    req.end();
  });
};

module.exports = { ApiClient };
