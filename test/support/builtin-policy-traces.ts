import * as path from 'node:path';
import { DEFAULT_POLICY } from '../../server/src/analysis/config/config';
import { type PolicyPack, resolvePolicyPack } from '../../server/src/analysis/policy/policy-pack';
import { RULES } from '../../server/src/analysis/policy/rule-registry';
import { PROJECT_ROOT } from './paths';

/** The fixture of a company's own policy pack, with a small project governed by it. */
export const OWN_POLICY_FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'own-policy');
export const OWN_POLICY_PACK_FILE = path.join(OWN_POLICY_FIXTURE, 'privacy', 'havbris-policy.yaml');

export function builtinPack(): PolicyPack {
  return resolvePolicyPack(DEFAULT_POLICY, undefined);
}

/** The pack under test, read as Disclose reads it. */
export function ownPack(): PolicyPack {
  return resolvePolicyPack(OWN_POLICY_PACK_FILE, undefined);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const token = (id: string) => new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`);

/**
 * What of the built-in pack shows in a front end's output: its id, its recipient category
 * ids, its clause titles and category labels (English and bokmål), its links and its
 * organisation's name. The contract's rule descriptions are the same under every pack
 * ("… on a public forum"), so a phrase they contain is not a trace.
 */
export function builtinPackTraces(text: string): string[] {
  const pack = builtinPack();
  const ruleText = RULES.map((r) => `${r.short} ${r.full}`)
    .join('\n')
    .toLowerCase();
  const found: string[] = [];
  for (const id of [pack.id, ...pack.recipientCategories.map((c) => c.id)]) if (token(id).test(text)) found.push(id);
  const phrases = [
    ...pack.clauses.flatMap((c) => [c.title.en, c.title.nb]),
    ...pack.recipientCategories.flatMap((c) => [c.label.en, c.label.nb]),
    pack.name.en,
    pack.name.nb,
  ];
  for (const p of phrases) if (p && !ruleText.includes(p.toLowerCase()) && text.toLowerCase().includes(p.toLowerCase())) found.push(p);
  if (/visma/i.test(text)) found.push('Visma');
  return [...new Set(found)];
}
