import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLocatedYaml, validateLocated, type YamlProblem } from '../config/located-yaml';
import { readTextFile, UnsafeFileError } from '../workspace/safe-fs';
import type { RuleId } from './rule-registry';
import { readRulesJson, readRulesYaml, rulesDir } from './rules-data';

export interface LocalText {
  en: string;
  nb?: string;
}

export type ConditionField = 'purposes' | 'legalBasis' | 'nda';

export interface ClauseCondition {
  field: ConditionField;
  label: LocalText;
  /** What a quick fix writes for the user to confirm, in the pack's own words. */
  placeholder?: string[] | string | true;
}

export interface Clause {
  id: string;
  title: LocalText;
  summary: LocalText;
  href: string;
  conditions: ClauseCondition[];
  outcome: 'permitted' | 'public-disclosure';
  notPermittedData: string[];
}

export interface RecipientCategory {
  id: string;
  label: LocalText;
  clause: string;
}

export interface PolicyPack {
  id: string;
  name: LocalText;
  source?: { title?: string; href?: string };
  recipientCategories: RecipientCategory[];
  clauses: Clause[];
  /** Where the pack was read from, for diagnostics. */
  file: string;
}

export class PolicyPackError extends Error {
  constructor(readonly problems: YamlProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line + 1}:${p.column + 1}: ${p.message}`).join('\n'));
  }
}

let packSchema: object | undefined;

/** `within`: the folder a workspace's pack must stay in once links are resolved. */
function loadPolicyPackFile(file: string, within?: string): PolicyPack {
  const text = readTextFile(file, { kind: 'policy', within });
  const located = parseLocatedYaml(file, text);
  if (located.problems.length) throw new PolicyPackError(located.problems);
  packSchema ??= readRulesJson('schemas/policy-pack.schema.json') as object;
  const problems = validateLocated(file, located, packSchema);
  const raw = located.value as Omit<PolicyPack, 'file'>;
  if (problems.length === 0) {
    // Links are shown in editors, SARIF viewers and HTML reports: only web links, never `javascript:`.
    const links: Array<[string | undefined, Array<string | number>]> = [
      [raw.source?.href, ['source', 'href']],
      ...raw.clauses.map((c, i): [string, Array<string | number>] => [c.href, ['clauses', i, 'href']]),
    ];
    for (const [href, at] of links) {
      if (href !== undefined && !/^https?:\/\/[^\s]+$/i.test(href))
        problems.push({ file, message: 'A link must be an http(s) URL', path: at, ...located.rangeOf(at) });
    }
    const clauseIds = new Set(raw.clauses.map((c) => c.id));
    raw.recipientCategories.forEach((rc, i) => {
      if (!clauseIds.has(rc.clause)) {
        problems.push({
          file,
          message: `Recipient category '${rc.id}' names the unknown clause '${rc.clause}'`,
          path: ['recipientCategories', i, 'clause'],
          ...located.rangeOf(['recipientCategories', i, 'clause']),
        });
      }
    });
  }
  if (problems.length) throw new PolicyPackError(problems);
  return {
    ...raw,
    clauses: raw.clauses.map((c) => ({ ...c, conditions: c.conditions ?? [], notPermittedData: c.notPermittedData ?? [] })),
    file,
  };
}

const builtinCache = new Map<string, PolicyPack>();

export function builtinPackIds(): string[] {
  return fs
    .readdirSync(path.join(rulesDir(), 'policies'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5));
}

/**
 * Resolves `policy:` from a config: a built-in id, or a path relative to the config file, which
 * must stay `within` the workspace (a pack named on the command line has no such bound).
 */
export function resolvePolicyPack(policy: string, configDir: string | undefined, within?: string): PolicyPack {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(policy) && builtinPackIds().includes(policy)) {
    let pack = builtinCache.get(policy);
    if (!pack) {
      const file = path.join(rulesDir(), 'policies', `${policy}.yaml`);
      // The build's snapshot must not carry the build machine's path.
      const value = readRulesYaml(`policies/${policy}.yaml`, 'policy-pack.schema.json', (f) => ({
        ...loadPolicyPackFile(f),
        file: undefined,
      })) as PolicyPack;
      pack = { ...value, file };
      builtinCache.set(policy, pack);
    }
    return pack;
  }
  const file = path.resolve(configDir ?? process.cwd(), policy);
  try {
    return loadPolicyPackFile(file, within);
  } catch (e) {
    if (!(e instanceof UnsafeFileError)) throw e;
    if (e.code === 'not-found')
      throw new Error(`Unknown policy '${policy}': not a built-in pack (${builtinPackIds().join(', ')}) and no file at ${file}`);
    throw new Error(`The policy pack ${file} ${e.reason}`);
  }
}

/** The conditions of a clause named among `fields` (a finding's met or missing ones), in the clause's order. */
export function conditionsAmong(clause: Clause | undefined, fields: readonly string[]): ClauseCondition[] {
  return (clause?.conditions ?? []).filter((c) => fields.includes(c.field));
}

export function clauseById(pack: PolicyPack, id: string): Clause | undefined {
  return pack.clauses.find((c) => c.id === id);
}

export function categoryById(pack: PolicyPack, id: string): RecipientCategory | undefined {
  return pack.recipientCategories.find((c) => c.id === id);
}

export interface RecipientFacts {
  category: string;
  purposes?: string[];
  legalBasis?: string;
  nda?: boolean;
}

export interface PolicyVerdict {
  rule: RuleId | null;
  clause: Clause | null;
  missing: Array<{ field: ConditionField; label: LocalText }>;
  met: Array<{ field: ConditionField; label: LocalText }>;
  notPermitted: string[];
}

function conditionMet(field: ConditionField, r: RecipientFacts): boolean {
  switch (field) {
    case 'purposes':
      return Array.isArray(r.purposes) && r.purposes.length > 0;
    case 'legalBasis':
      return typeof r.legalBasis === 'string' && r.legalBasis.trim().length > 0;
    case 'nda':
      return r.nda === true;
  }
}

function isWithin(category: string, parent: string): boolean {
  return category === parent || category.startsWith(parent + '.');
}

/**
 * Judges one flow: data of `dataCategories` to a recipient (or to an undeclared one when
 * `recipient` is null). The most severe outcome wins, as the contract asks.
 */
export function evaluatePolicy(pack: PolicyPack, recipient: RecipientFacts | null, dataCategories: string[]): PolicyVerdict {
  const none: PolicyVerdict = { rule: 'undeclared-recipient', clause: null, missing: [], met: [], notPermitted: [] };
  if (!recipient) return none;
  const rc = categoryById(pack, recipient.category);
  const clause = rc ? clauseById(pack, rc.clause) : undefined;
  if (!clause) return none;
  const notPermitted = dataCategories.filter((d) => clause.notPermittedData.some((p) => isWithin(d, p)));
  const missing = clause.conditions.filter((c) => !conditionMet(c.field, recipient));
  const met = clause.conditions.filter((c) => conditionMet(c.field, recipient));
  let rule: RuleId | null;
  if (notPermitted.length) rule = 'category-not-permitted';
  else if (missing.length) rule = 'clause-condition-unmet';
  else if (clause.outcome === 'public-disclosure') rule = 'public-disclosure';
  else rule = null;
  return { rule, clause, missing, met, notPermitted };
}
