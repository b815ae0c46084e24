#!/usr/bin/env node
// Runs the extension's integration suite (test/vscode/suite, the @vscode/test-electron
// contract) inside code-server: VS Code 1.139.1's real workbench and extension host, driven by
// headless Chromium. The verdict comes back through VS Code's smoke-test driver.
// Usage: node test/vscode/run-in-code-server.js [--screenshot DIR]
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const shotDir = args.includes('--screenshot') ? path.resolve(args[args.indexOf('--screenshot') + 1] || path.join(root, 'docs')) : undefined;
const timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS || 240000);

function freePort() {
  return new Promise((ok) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => ok(p));
    });
  });
}

async function main() {
  const started = Date.now();
  const dir = execFileSync('sh', [path.join(__dirname, 'setup-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .pop();
  const suite = path.join(root, 'out', 'test', 'vscode', 'suite', 'index.js');
  for (const f of [suite, path.join(root, 'dist', 'client.js'), path.join(root, 'dist', 'server.js')]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(root, f)} is missing: run npm run build and npm run compile-tests first`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-vscode-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'chat.disableAIFeatures': true,
      'security.workspace.trust.enabled': false,
      'disclose.debounceMs': 50,
      'workbench.colorTheme': 'Default Light Modern',
      'editor.hover.delay': 100,
      'typescript.validate.enable': false,
      'javascript.validate.enable': false,
      'editor.minimap.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    }),
  );
  const signal = path.join(tmp, 'screenshot');
  const resultFile = path.join(tmp, 'result.json');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    XDG_DATA_HOME: path.join(tmp, 'data'),
    XDG_CACHE_HOME: path.join(tmp, 'cache'),
    DISCLOSE_VSCODE_RESULT: resultFile,
    ...(shotDir ? { DISCLOSE_SCREENSHOT_SIGNAL: signal } : {}),
  };
  const server = spawn(
    path.join(dir, 'node24', 'bin', 'node'),
    [
      path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
      '--bind-addr',
      host,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--extensions-dir',
      path.join(tmp, 'extensions'),
      '--user-data-dir',
      userData,
      '--vscode-option',
      'enable-smoke-test-driver',
      '--config',
      '/dev/null',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Stop the whole process group: code-server's file watchers outlive a plain kill.
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  await new Promise((ok, fail) => {
    server.stdout.on('data', (b) => /HTTP server listening/.test(String(b)) && ok());
    server.on('exit', () => fail(new Error('code-server exited before listening')));
    setTimeout(() => fail(new Error('code-server did not start within 60 s')), 60000);
  });
  const remote = (p) => `vscode-remote://${host}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(suite)],
  ]);
  const { chromium } = require(path.join(dir, 'node_modules', 'playwright-core'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const exited = new Promise((ok) => page.exposeFunction('codeAutomationExit', (code) => ok(code)));
  page.on('console', (m) => {
    const t = m.text();
    if (!/open-vsx|github|ERR_NAME|authentication provider|Failed to load resource|marketplace/i.test(t)) console.log(t.slice(0, 4000));
  });
  let shots = Promise.resolve();
  if (shotDir) {
    fs.mkdirSync(shotDir, { recursive: true });
    const poll = setInterval(() => {
      for (const step of ['hover', 'quickfix']) {
        if (fs.existsSync(`${signal}.${step}.ready`) && !fs.existsSync(`${signal}.${step}.taken`)) {
          fs.writeFileSync(`${signal}.${step}.taking`, '');
          fs.rmSync(`${signal}.${step}.ready`);
          shots = shots.then(async () => {
            await page.waitForTimeout(1500); // let the hover or menu render
            await page.screenshot({ path: path.join(shotDir, `vscode-${step}.png`) });
            console.log(`screenshot: ${path.relative(root, path.join(shotDir, `vscode-${step}.png`))}`);
            fs.writeFileSync(`${signal}.${step}.taken`, '');
          });
        }
      }
    }, 200);
    exited.finally(() => clearInterval(poll));
  }
  await page.goto(`http://${host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const code = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok('timeout'), timeoutMs))]);
  await shots;
  await browser.close();
  stop();
  const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : undefined;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result) console.log(`VS Code 1.139.1 (code-server): ${result.passed} passed, ${result.failed} failed`);
  console.log(`extension tests exit code: ${code} (${seconds} s)`);
  process.exit(code === 0 && result && result.failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
