import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'|require\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('layers', () => {
  it('the engine imports nothing from LSP, VS Code or the front ends', () => {
    for (const f of sources(path.join(PROJECT_ROOT, 'server', 'src', 'analysis'))) {
      for (const i of imports(f)) {
        assert.ok(!/^vscode/.test(i) && !i.includes('/lsp/') && !i.includes('/cli/') && !i.startsWith('../'), `${path.relative(PROJECT_ROOT, f)} imports ${i}`);
      }
    }
  });

  it('the protocol types shared by client and server import nothing', () => {
    for (const f of sources(path.join(PROJECT_ROOT, 'shared'))) assert.deepEqual(imports(f), [], `${path.relative(PROJECT_ROOT, f)} must stay plain types and constants`);
  });

  it('only the client imports vscode', () => {
    for (const dir of ['server/src/lsp', 'server/src/cli', 'server/src/accuracy']) {
      for (const f of sources(path.join(PROJECT_ROOT, dir))) for (const i of imports(f)) assert.notEqual(i, 'vscode', `${path.relative(PROJECT_ROOT, f)} imports vscode`);
    }
    for (const f of sources(path.join(PROJECT_ROOT, 'client', 'src'))) {
      for (const i of imports(f)) assert.ok(!i.includes('/analysis/'), `${path.relative(PROJECT_ROOT, f)} reaches into the engine (${i})`);
    }
  });
});
