import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { Flow } from '../analysis/flows/finding';
import type { PolicyPack } from '../analysis/policy/policy-pack';
import { hostMatches } from '../analysis/recipients/endpoint-patterns';
import { CHOOSE, conditionFields, policyReference } from './policy-placeholders';
import { envRecipientId, recipientIdFor } from './recipient-ids';

/**
 * A starter .disclose.yaml from what the code shares today. Nothing is guessed to be internal:
 * a name such as COMMUNITY_API_URL says nothing about whose API it is, and a guess that is wrong
 * hides a disclosure for good. Internal are only what the engine already knows to be the
 * organisation's own (relative URLs, loopback) and the hosts the user names (`--internal`);
 * every other endpoint that receives personal data becomes a recipient to categorise — by host,
 * by the environment variable that holds its URL, by SDK, or by the id an annotation gives it.
 */
export interface StarterOptions {
  /** Hosts (or `*.` patterns) of the organisation's own backend. */
  internalHosts: string[];
  /** The folder the file is written to: a pack file is named relative to it. */
  configDir: string;
  /** An existing .disclose.yaml (`init --force`): its policy and recipients are kept. */
  existing?: string;
}

interface Candidate {
  id?: string;
  name: string;
  host: string | null;
  env: string | null;
  module: string | null;
  data: Set<string>;
}

/** `${COMMUNITY_API_URL}/boards/…` → COMMUNITY_API_URL. */
function envOf(endpoint: string | null): string | null {
  return /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(endpoint ?? '')?.[1] ?? null;
}

/** The recipients the flows call for, one per annotation id, SDK, host or URL variable. */
export function candidateRecipients(flows: Flow[], internalHosts: string[]): { recipients: Candidate[]; internal: string[] } {
  const groups = new Map<string, Candidate>();
  const internal = new Set<string>();
  for (const f of flows) {
    // Already a declared recipient (init --force keeps the configuration in force).
    if (f.recipient) continue;
    const env = envOf(f.endpoint);
    const host = f.sink.vendor ? null : f.host;
    if (host && internalHosts.some((p) => hostMatches(p, host))) {
      internal.add(host);
      continue;
    }
    const annotated = f.annotatedRecipient ?? null;
    const key = annotated
      ? `id:${annotated}`
      : f.sink.vendor
        ? `sdk:${f.sink.vendor}`
        : host
          ? `host:${host}`
          : env
            ? `env:${env}`
            : undefined;
    // An endpoint nothing names (a computed URL): `check --report-unresolved` lists it.
    if (!key) continue;
    let g = groups.get(key);
    if (!g) {
      g = {
        id: annotated ?? undefined,
        name: annotated ?? f.sink.vendor ?? host ?? env!,
        host: null,
        env: null,
        module: null,
        data: new Set(),
      };
      groups.set(key, g);
    }
    if (f.sink.vendor) g.module ??= f.sink.module ?? f.sink.vendor;
    else if (host) g.host ??= host;
    else if (env) g.env ??= env;
    for (const d of f.dataCategories) g.data.add(d);
  }
  const recipients = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { recipients, internal: [...internal].sort() };
}

function matchOf(c: Candidate): Record<string, string[]> {
  const match: Record<string, string[]> = {};
  if (c.host) match.hosts = [c.host];
  if (c.env) match.env = [c.env];
  if (c.module) match.packages = [c.module];
  return match;
}

function idFor(c: Candidate, taken: string[]): string {
  if (c.id) return c.id;
  return c.env && !c.host && !c.module ? envRecipientId(c.env, taken) : recipientIdFor(c.host, c.module ? c.name : null, taken);
}

/** The header of a new file; the conditions it names are those the pack's clauses ask for. */
function header(pack: PolicyPack): string[] {
  const fields = conditionFields(pack);
  const choose = "# Choose a category for each recipient (the policy's categories are listed beside it)";
  const internal = '# belongs under internal (hosts, or env for a variable that holds its URL), not under recipients.';
  return [
    '# Disclose configuration, started by `disclose init` from what the code shares today.',
    ...(fields.length
      ? [`${choose} and add the`, `# conditions its clause needs (${fields.join(', ')}). An endpoint of your own backend`]
      : [`${choose}.`, '# An endpoint of your own backend']),
    internal,
  ];
}

export function starterConfig(flows: Flow[], pack: PolicyPack, opts: StarterOptions): string {
  const { recipients, internal } = candidateRecipients(flows, opts.internalHosts);
  const categories = pack.recipientCategories.map((c) => c.id).join(' | ');
  if (opts.existing !== undefined) return extendExisting(opts.existing, recipients, internal, categories);
  const policy = policyReference(pack, opts.configDir);
  const lines = [...header(pack), `policy: ${/^[\w./-]+$/.test(policy) ? policy : JSON.stringify(policy)}`];
  const taken: string[] = [];
  if (recipients.length) {
    lines.push('recipients:');
    for (const c of recipients) {
      const id = idFor(c, taken);
      taken.push(id);
      lines.push(`  - id: ${id}`);
      lines.push(`    name: ${JSON.stringify(c.name)}`);
      lines.push(`    category: ${CHOOSE}  # one of: ${categories}`);
      const match = matchOf(c);
      if (Object.keys(match).length) {
        lines.push('    match:');
        for (const [k, v] of Object.entries(match)) lines.push(`      ${k}: [${v.map((x) => JSON.stringify(x)).join(', ')}]`);
      }
      lines.push(`    # receives: ${[...c.data].sort().join(', ')}`);
    }
  } else lines.push('recipients: []');
  if (internal.length) lines.push('internal:', `  hosts: [${internal.map((h) => JSON.stringify(h)).join(', ')}]`);
  return lines.join('\n') + '\n';
}

/** The user's file with the new recipients (and internal hosts) added; the rest as written. */
function extendExisting(text: string, recipients: Candidate[], internal: string[], categories: string): string {
  const doc: Document = parseDocument(text);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  let seq = doc.get('recipients');
  if (!isSeq(seq)) {
    seq = doc.createNode([]);
    doc.set('recipients', seq);
  }
  const list = seq as import('yaml').YAMLSeq;
  const taken = list.items.map((r) => (isMap(r) ? String(r.get('id') ?? '') : '')).filter(Boolean);
  for (const c of recipients) {
    if (c.id && taken.includes(c.id)) continue;
    const id = idFor(c, taken);
    taken.push(id);
    const match = matchOf(c);
    const node = doc.createNode({ id, name: c.name, category: CHOOSE, ...(Object.keys(match).length ? { match } : {}) }) as YAMLMap;
    const category = node.get('category', true);
    if (isScalar(category)) category.comment = ` one of: ${categories}`;
    node.comment = ` receives: ${[...c.data].sort().join(', ')}`;
    list.add(node);
  }
  if (internal.length) {
    const hosts = doc.getIn(['internal', 'hosts']);
    const have = isSeq(hosts) ? hosts.items.map((h) => String(isScalar(h) ? h.value : h)) : [];
    const all = [...have, ...internal.filter((h) => !have.includes(h))];
    doc.setIn(['internal', 'hosts'], doc.createNode(all, { flow: true }));
  }
  return doc.toString({ flowCollectionPadding: false });
}
