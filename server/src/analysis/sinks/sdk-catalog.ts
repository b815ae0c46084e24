import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRulesYaml, rulesDir } from '../policy/rules-data';
import { hostMatches } from '../recipients/endpoint-patterns';

export interface SdkCall {
  method: string;
  args?: number[];
  context?: boolean;
}

export interface SdkEntry {
  id: string;
  vendor: string;
  kind: string;
  packages: string[];
  globals: string[];
  hosts: string[];
  calls: SdkCall[];
}

export class SdkCatalog {
  private readonly byPackage = new Map<string, SdkEntry>();
  private readonly byGlobal = new Map<string, SdkEntry>();

  constructor(readonly entries: SdkEntry[]) {
    for (const e of entries) {
      for (const p of e.packages) this.byPackage.set(p, e);
      for (const g of e.globals) this.byGlobal.set(g, e);
    }
  }

  /**
   * The built-in catalog: `sdks/catalog.yaml` and the files beside it (one per kind of
   * vendor), each validated against the same schema.
   */
  static builtin(): SdkCatalog {
    const entries: SdkEntry[] = [];
    for (const file of builtinCatalogFiles()) {
      const raw = readRulesYaml(`sdks/${file}`, 'sdk-catalog.schema.json') as { sdks: Array<Partial<SdkEntry>> };
      for (const s of raw.sdks) {
        entries.push({
          id: s.id!,
          vendor: s.vendor ?? s.id!,
          kind: s.kind ?? 'other',
          packages: s.packages ?? [],
          globals: s.globals ?? [],
          hosts: s.hosts ?? [],
          calls: s.calls ?? [],
        });
      }
    }
    return new SdkCatalog(entries);
  }

  /** `@sentry/node/esm` and `@sentry/node` name the same SDK. */
  byModule(specifier: string): SdkEntry | undefined {
    const direct = this.byPackage.get(specifier);
    if (direct) return direct;
    const parts = specifier.split('/');
    const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    return this.byPackage.get(pkg);
  }

  byGlobalName(name: string): SdkEntry | undefined {
    return this.byGlobal.get(name);
  }

  /** Whether a host is one of a catalogued vendor's hosts. */
  isVendorHost(host: string): boolean {
    return this.entries.some((e) => e.hosts.some((p) => hostMatches(p, host)));
  }

  isGlobal(name: string): boolean {
    return this.byGlobal.has(name);
  }

  /** The data-carrying call whose method matches the end of `path`, longest first. */
  matchCall(entry: SdkEntry, path: string[]): SdkCall | undefined {
    let best: SdkCall | undefined;
    let bestLen = -1;
    for (const c of entry.calls) {
      const segs = c.method === '' ? [] : c.method.split('.');
      if (segs.length > path.length) continue;
      if (segs.length === 0 && path.length !== 0) continue;
      let ok = true;
      for (let i = 0; i < segs.length; i++)
        if (path[path.length - segs.length + i] !== segs[i]) {
          ok = false;
          break;
        }
      if (ok && segs.length > bestLen) {
        best = c;
        bestLen = segs.length;
      }
    }
    return best;
  }
}

/** `catalog.yaml` first, then the other YAML files of rules/sdks/ in name order. */
export function builtinCatalogFiles(): string[] {
  const others = fs
    .readdirSync(path.join(rulesDir(), 'sdks'))
    .filter((f) => f.endsWith('.yaml') && f !== 'catalog.yaml')
    .sort();
  return ['catalog.yaml', ...others];
}
