import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A module to preload (`NODE_OPTIONS=--require …`) that logs to `<dir>/NETWORK` every outbound
 * connection, DNS lookup and, optionally, every `require` of a file under `dir`.
 */
export function writeNetworkTrap(dir: string, options: { requires: boolean }): { trap: string; log: string } {
  const log = path.join(dir, 'NETWORK');
  const trap = path.join(dir, 'trap.cjs');
  const lines = [
    `const fs = require('fs'); const log = (m) => fs.appendFileSync(${JSON.stringify(log)}, m + '\\n');`,
    `const net = require('net'); const orig = net.Socket.prototype.connect; net.Socket.prototype.connect = function (...a) { log('connect ' + JSON.stringify(a[0])); return orig.apply(this, a); };`,
    `const dns = require('dns'); const lookup = dns.lookup; dns.lookup = function (h, ...r) { log('dns ' + h); return lookup.call(this, h, ...r); };`,
  ];
  if (options.requires) {
    lines.push(
      `const Module = require('module'); const load = Module._load; Module._load = function (req, parent, ...r) { if (String(req).startsWith(${JSON.stringify(dir)})) log('require ' + req); return load.call(this, req, parent, ...r); };`,
    );
  }
  fs.writeFileSync(trap, lines.join('\n'));
  return { trap, log };
}
