import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { SdkCatalog } from '../../server/src/analysis/sinks/sdk-catalog';
import { Lexicon } from '../../server/src/analysis/values/lexicon';
import { PROJECT_ROOT } from '../support/paths';
import { makeTempDir } from '../support/temp-dir';

const fidesKeys = new Set(
  (parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'rules', 'taxonomy-keys.yaml'), 'utf8')) as { keys: string[] }).keys,
);

describe('built-in rule data', () => {
  it('the lexicon validates and uses only fideslang categories', () => {
    Lexicon.builtin(); // throws on a schema violation
    const raw = parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'rules', 'personal-data', 'lexicon.yaml'), 'utf8')) as {
      terms: Array<{ category: string; words?: string[]; ambiguous?: string[] }>;
    };
    assert.ok(raw.terms.length >= 100, `${raw.terms.length} data types`);
    const seen = new Map<string, string>();
    for (const t of raw.terms) {
      assert.ok(fidesKeys.has(t.category), `unknown category ${t.category}`);
      for (const w of [...(t.words ?? []), ...(t.ambiguous ?? [])]) {
        assert.ok(!seen.has(w), `'${w}' is listed under ${seen.get(w)} and ${t.category}`);
        seen.set(w, t.category);
      }
    }
  });

  it('the SDK catalog validates and covers the vendors the engine issue names', () => {
    const catalog = SdkCatalog.builtin();
    const vendors = catalog.entries.map((e) => e.vendor.toLowerCase()).join(' | ');
    for (const v of [
      'sentry',
      'segment',
      'mixpanel',
      'amplitude',
      'google analytics',
      'datadog',
      'intercom',
      'hubspot',
      'stripe',
      'twilio',
      'sendgrid',
      'slack',
      'openai',
      'algolia',
    ]) {
      assert.ok(vendors.includes(v), `the catalog has ${v}`);
    }
    for (const g of ['gtag', 'dataLayer', 'Sentry', 'analytics', 'mixpanel', 'Intercom']) assert.ok(catalog.isGlobal(g), `global ${g}`);
    assert.equal(catalog.byModule('@sentry/node/esm')?.vendor, 'Sentry');
    const openai = catalog.byModule('openai')!;
    assert.ok(catalog.matchCall(openai, ['chat', 'completions', 'create']));
    assert.equal(catalog.matchCall(openai, ['models', 'list']), undefined);
  });

  it('the rules snapshot of the build is used only while it matches the files: an edited lexicon takes effect', () => {
    // A copy of the shipped layout: the bundle, its snapshot and rules/ beside it.
    const dir = makeTempDir('disclose-snapshot-');
    try {
      fs.mkdirSync(path.join(dir, 'dist'));
      for (const f of ['cli.js', 'rules-snapshot.json']) fs.copyFileSync(path.join(PROJECT_ROOT, 'dist', f), path.join(dir, 'dist', f));
      fs.cpSync(path.join(PROJECT_ROOT, 'rules'), path.join(dir, 'rules'), { recursive: true });
      const snapshot = JSON.parse(fs.readFileSync(path.join(dir, 'dist', 'rules-snapshot.json'), 'utf8')) as Record<
        string,
        { hash: string }
      >;
      assert.ok(snapshot['personal-data/lexicon.yaml|lexicon.schema.json'], 'the lexicon is in the snapshot');
      assert.ok(!JSON.stringify(snapshot).includes(PROJECT_ROOT), 'no build-machine paths in the snapshot');
      const app = path.join(dir, 'app');
      fs.mkdirSync(app);
      fs.writeFileSync(
        path.join(app, 'fitting.ts'),
        `export async function orderShoes(order: { shoeSize: number; sku: string }) {\n  await fetch('https://api.shoes.example/v1/orders', { method: 'POST', body: JSON.stringify({ size: order.shoeSize, sku: order.sku }) });\n}\n`,
      );
      const run = () =>
        spawnSync(
          process.execPath,
          [path.join(dir, 'dist', 'cli.js'), 'check', app, '--format', 'json', '--no-cache', '--fail-on', 'never'],
          { encoding: 'utf8' },
        );
      const before = JSON.parse(run().stdout) as { findings: unknown[] };
      assert.equal(before.findings.length, 0, 'a shoe size is not personal data in the shipped lexicon');
      const lexicon = path.join(dir, 'rules', 'personal-data', 'lexicon.yaml');
      fs.writeFileSync(
        lexicon,
        fs.readFileSync(lexicon, 'utf8').replace('            emailadresse]', '            emailadresse, shoe size]'),
      );
      const after = JSON.parse(run().stdout) as { findings: Array<{ dataCategories: string[] }> };
      assert.deepEqual(
        after.findings.map((f) => f.dataCategories),
        [['user.contact.email']],
        'the edited lexicon is read, not the stale snapshot',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
