import type { Flow } from '../analysis/finding';
import type { PolicyPack } from '../analysis/policy-pack';
import { recipientIdFor } from './recipient-ids';

/**
 * A starter .disclose.yaml from what the code shares today: one recipient per external host
 * or SDK vendor that receives personal data, its category left for a person to choose, and
 * the internal endpoints that can be inferred.
 */
const INTERNAL_HOST = /(^|\.)(internal|local|localdomain|lan|corp|intranet|svc|svc\.cluster\.local|cluster\.local)$/;
const INTERNAL_ENV = /(^|_)(API|BACKEND|INTERNAL|SERVICE|APP|SERVER|GATEWAY)(_BASE)?_(URL|URI|HOST|ORIGIN|ENDPOINT)$/;

export function starterConfig(flows: Flow[], pack: PolicyPack): string {
  const groups = new Map<string, { host: string | null; vendor: string | null; module: string | null; data: Set<string>; files: Set<string> }>();
  const internalHosts = new Set<string>();
  const internalEnv = new Set<string>();
  for (const f of flows) {
    const env = /^\$\{([A-Z0-9_]+)\}/.exec(f.endpoint ?? '')?.[1];
    if (f.ruleId === 'unresolved-endpoint') {
      if (env && INTERNAL_ENV.test(env)) internalEnv.add(env);
      continue;
    }
    if (f.recipient) continue;
    if (f.host && INTERNAL_HOST.test(f.host)) {
      internalHosts.add(f.host);
      continue;
    }
    const key = f.sink.vendor ? `sdk:${f.sink.vendor}` : `host:${f.host}`;
    if (!f.sink.vendor && !f.host) continue;
    const g = groups.get(key) ?? { host: f.sink.vendor ? null : f.host, vendor: f.sink.vendor, module: f.sink.module, data: new Set(), files: new Set() };
    for (const d of f.dataCategories) g.data.add(d);
    g.files.add(f.location.file);
    groups.set(key, g);
  }
  const categories = pack.recipientCategories.map((c) => c.id).join(' | ');
  const lines: string[] = [
    '# Disclose configuration, started by `disclose init` from what the code shares today.',
    '# Choose a category for each recipient (the policy\'s categories are listed beside it), add the',
    '# conditions its clause needs (purposes, legalBasis, nda), and remove what is not a third party.',
    `policy: ${pack.id}`,
  ];
  const taken: string[] = [];
  if (groups.size) {
    lines.push('recipients:');
    for (const g of [...groups.values()].sort((a, b) => String(a.vendor ?? a.host).localeCompare(String(b.vendor ?? b.host)))) {
      const id = recipientIdFor(g.host, g.vendor, taken);
      taken.push(id);
      lines.push(`  - id: ${id}`);
      lines.push(`    name: ${JSON.stringify(g.vendor ?? g.host)}`);
      lines.push(`    category: CHOOSE  # one of: ${categories}`);
      lines.push('    match:');
      if (g.vendor) lines.push(`      packages: [${JSON.stringify(g.module ?? g.vendor)}]`);
      else lines.push(`      hosts: [${JSON.stringify(g.host)}]`);
      lines.push(`    # receives: ${[...g.data].sort().join(', ')}`);
    }
  } else lines.push('recipients: []');
  if (internalHosts.size || internalEnv.size) {
    lines.push('internal:');
    if (internalHosts.size) lines.push(`  hosts: [${[...internalHosts].sort().map((h) => JSON.stringify(h)).join(', ')}]`);
    if (internalEnv.size) lines.push(`  env: [${[...internalEnv].sort().map((h) => JSON.stringify(h)).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}
