import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/analysis/policy/rule-registry';
import { DEFAULT_SETTINGS, MAX_FILE_SIZE_LIMIT, normaliseSettings } from '../../server/src/lsp/settings';
import { PROJECT_ROOT } from '../support/paths';

interface Declared {
  default?: unknown;
  maximum?: number;
}

function manifest(): { properties: Record<string, Declared>; restricted: string[] } {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
  const c = pkg.contributes.configuration;
  const properties = (Array.isArray(c) ? Object.assign({}, ...c.map((x: { properties: object }) => x.properties)) : c.properties) as Record<
    string,
    Declared
  >;
  return { properties, restricted: pkg.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [] };
}

// The settings a client can set are the ones package.json declares: VS Code shows, validates and
// restricts only those, and every other client reads the README, which follows package.json.
describe('settings declared in package.json and read by the server', () => {
  it('every setting the server reads is declared, with the same default, and nothing else is', () => {
    const { properties } = manifest();
    const expected = new Set<string>(['disclose.trace.server']);
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      if (key === 'rules') {
        for (const r of RULES) expected.add(`disclose.rules.${r.id}.severity`);
        continue;
      }
      const name = `disclose.${key}`;
      expected.add(name);
      assert.ok(properties[name], `${name} is read by the server but not declared`);
      assert.deepEqual(properties[name]!.default, value, `${name}: declared default differs from the server's`);
    }
    assert.deepEqual(Object.keys(properties).sort(), [...expected].sort());
  });

  it('declared bounds are the bounds the server enforces', () => {
    const { properties } = manifest();
    assert.equal(properties['disclose.maxFileSize']!.maximum, MAX_FILE_SIZE_LIMIT);
    assert.equal(normaliseSettings({ maxFileSize: MAX_FILE_SIZE_LIMIT * 10 }).maxFileSize, MAX_FILE_SIZE_LIMIT);
    const debounce = properties['disclose.debounceMs']!.maximum!;
    assert.equal(normaliseSettings({ debounceMs: debounce * 10 }).debounceMs, debounce);
  });

  it('settings restricted in untrusted workspaces are declared ones', () => {
    const { properties, restricted } = manifest();
    assert.ok(restricted.length > 0);
    for (const name of restricted) assert.ok(properties[name], `${name} is restricted but not declared`);
    for (const name of ['disclose.policy', 'disclose.maxFileSize', 'disclose.exclude', 'disclose.includeTests'])
      assert.ok(restricted.includes(name), `${name} widens what is read: restricted`);
  });
});
