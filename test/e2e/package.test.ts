import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/paths';
import { makeTempDir } from '../support/temp-dir';

/** Names of the entries of a zip file, from its central directory. */
function zipEntries(file: string): Array<{ name: string; size: number }> {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: Array<{ name: string; size: number }> = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('the .vsix package', () => {
  it('holds the bundled client and server, the rules, README and licence, and nothing else', () => {
    const out = path.join(makeTempDir('disclose-vsix-'), 'disclose.vsix');
    const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300000 });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const entries = zipEntries(out);
    const names = entries.map((e) => e.name.replace(/^extension\//, ''));
    for (const required of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/rules-snapshot.json', 'rules/policies/visma-no.yaml', 'rules/personal-data/lexicon.yaml', 'rules/sdks/catalog.yaml', 'rules/schemas/disclose-config.schema.json', 'package.nls.nb.json', 'l10n/bundle.l10n.nb.json']) {
      assert.ok(names.includes(required), `the package has ${required}`);
    }
    assert.ok(names.some((n) => /^readme\.md$/i.test(n)), 'README');
    assert.ok(names.some((n) => /^license(\.txt|\.md)?$/i.test(n)), 'licence');
    for (const n of names) {
      assert.ok(!/^(server|client)\/src\//.test(n) && !n.endsWith('.ts') && !n.startsWith('test/') && !n.includes('node_modules/') && !n.startsWith('examples/') && !n.endsWith('.map'), `unexpected entry ${n}`);
    }
    const size = fs.statSync(out).size;
    assert.ok(size < 6 * 1024 * 1024, `the package is ${(size / 1024 / 1024).toFixed(1)} MiB`);
  });
});
