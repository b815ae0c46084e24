import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { Lexicon } from '../../server/src/analysis/lexicon';
import { SdkCatalog } from '../../server/src/analysis/sdk-catalog';
import { PROJECT_ROOT } from '../support/paths';

const fidesKeys = new Set(
  (parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'rules', 'taxonomy-keys.yaml'), 'utf8')) as { keys: string[] }).keys,
);

describe('built-in rule data', () => {
  it('the lexicon validates and uses only fideslang categories', () => {
    Lexicon.builtin(); // throws on a schema violation
    const raw = parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'rules', 'personal-data', 'lexicon.yaml'), 'utf8')) as { terms: Array<{ category: string; words?: string[]; ambiguous?: string[] }> };
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
    for (const v of ['sentry', 'segment', 'mixpanel', 'amplitude', 'google analytics', 'datadog', 'intercom', 'hubspot', 'stripe', 'twilio', 'sendgrid', 'slack', 'openai', 'algolia']) {
      assert.ok(vendors.includes(v), `the catalog has ${v}`);
    }
    for (const g of ['gtag', 'dataLayer', 'Sentry', 'analytics', 'mixpanel', 'Intercom']) assert.ok(catalog.isGlobal(g), `global ${g}`);
    assert.equal(catalog.byModule('@sentry/node/esm')?.vendor, 'Sentry');
    const openai = catalog.byModule('openai')!;
    assert.ok(catalog.matchCall(openai, ['chat', 'completions', 'create']));
    assert.equal(catalog.matchCall(openai, ['models', 'list']), undefined);
  });
});
