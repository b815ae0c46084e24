#!/usr/bin/env node
// The same suite under @vscode/test-electron, for machines that can download VS Code.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '..', '..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-electron-'));
fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(root, 'out', 'test', 'vscode', 'suite', 'index.js'),
  launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
