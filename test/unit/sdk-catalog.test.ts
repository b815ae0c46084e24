import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { builtinCatalogFiles, SdkCatalog } from '../../server/src/analysis/sinks/sdk-catalog';
import { PROJECT_ROOT } from '../support/paths';

const SDKS = path.join(PROJECT_ROOT, 'rules', 'sdks');
const catalog = SdkCatalog.builtin();
const provenance = JSON.parse(fs.readFileSync(path.join(SDKS, 'provenance.json'), 'utf8')) as {
  sdks: Record<string, Record<string, string>>;
};

/** A published package version and the declaration file in it, or a documentation page. */
const SOURCE = /^(?:(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*@\d+\.\d+\.\d+[\w.+-]*:[\w@+./-]+\.d\.[cm]?ts|https:\/\/[^\s]+)$/;
/** A host name, optionally with one leading wildcard label: `api.example.com`, `*.example.com`. */
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

describe('the SDK catalog', () => {
  it('loads every file of rules/sdks/ and holds at least 300 vendors', () => {
    const files = builtinCatalogFiles();
    assert.equal(files[0], 'catalog.yaml');
    assert.deepEqual(
      [...files].sort(),
      fs
        .readdirSync(SDKS)
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    );
    let listed = 0;
    for (const f of files) listed += (parseYaml(fs.readFileSync(path.join(SDKS, f), 'utf8')) as { sdks: unknown[] }).sdks.length;
    assert.equal(catalog.entries.length, listed, 'every entry of every file is loaded');
    // Some vendors have several entries (a browser and a server SDK, a REST client and a widget).
    const vendors = new Set(catalog.entries.map((e) => e.vendor));
    assert.ok(vendors.size >= 300, `${vendors.size} vendors in ${catalog.entries.length} entries`);
  });

  it('has unique ids, and no package or global claimed by two entries', () => {
    const ids = new Set<string>();
    const packages = new Map<string, string>();
    const globals = new Map<string, string>();
    for (const e of catalog.entries) {
      assert.ok(!ids.has(e.id), `id ${e.id} twice`);
      ids.add(e.id);
      for (const p of e.packages) {
        assert.ok(!packages.has(p), `package ${p} is claimed by ${packages.get(p)} and ${e.id}`);
        packages.set(p, e.id);
      }
      for (const g of e.globals) {
        assert.ok(!globals.has(g), `global ${g} is claimed by ${globals.get(g)} and ${e.id}`);
        globals.set(g, e.id);
      }
      assert.equal(new Set(e.calls.map((c) => c.method)).size, e.calls.length, `${e.id} lists a method twice`);
    }
    // Log transports are configured clients (their destination is their configuration), not SDKs.
    const transports = parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'rules', 'sinks', 'configured-clients.yaml'), 'utf8')) as {
      loggerTransports: Record<string, unknown>;
      hostedTransports: string[];
    };
    for (const t of [...Object.keys(transports.loggerTransports), ...transports.hostedTransports])
      assert.ok(!packages.has(t), `${t} is a log transport and also claimed by ${packages.get(t)}`);
  });

  it('records where every call was seen: a .d.ts of a published package version, or a documentation page for script-tag APIs', () => {
    for (const e of catalog.entries) {
      const seen = provenance.sdks[e.id];
      assert.ok(seen, `${e.id} has no provenance`);
      for (const c of e.calls) {
        const src = seen[c.method];
        assert.ok(src, `${e.id}: no provenance for '${c.method}'`);
        assert.match(src, SOURCE, `${e.id}: '${c.method}'`);
        // Documentation pages only stand in for APIs that have no package to take types from.
        if (src.startsWith('https://')) assert.ok(e.globals.length > 0, `${e.id}: '${c.method}' is an npm API and needs a .d.ts source`);
      }
      for (const m of Object.keys(seen))
        assert.ok(
          e.calls.some((c) => c.method === m),
          `${e.id}: provenance for '${m}', which the entry does not list`,
        );
    }
    for (const id of Object.keys(provenance.sdks))
      assert.ok(
        catalog.entries.some((e) => e.id === id),
        `provenance for unknown entry ${id}`,
      );
  });

  it('lists valid host patterns', () => {
    for (const e of catalog.entries) {
      for (const h of e.hosts) assert.match(h, HOST, `${e.id}: host ${h}`);
      assert.ok(
        e.hosts.length > 0 || /\(|provider|configured/i.test(e.vendor),
        `${e.id}: without hosts, the vendor must say where the data goes`,
      );
    }
  });

  it('matches calls by the end of their path, longest method first', () => {
    const openai = catalog.byModule('openai')!;
    assert.ok(catalog.matchCall(openai, ['createChatCompletion']), 'the v3 client');
    const chargebee = catalog.byModule('chargebee')!;
    assert.equal(catalog.matchCall(chargebee, ['customer', 'create'])?.method, 'customer.create');
    assert.equal(catalog.matchCall(chargebee, ['create']), undefined, 'a bare create is not a Chargebee call');
    assert.equal(catalog.byModule('@clerk/nextjs/server')?.id, 'clerk');
    assert.equal(catalog.byModule('@clerk/nextjs'), undefined, "Clerk's client components are not the backend API");
    assert.equal(catalog.byModule('firebase/firestore'), undefined, 'only the Firebase modules that are listed');
  });
});
