import * as path from 'node:path';
import { builtinPackIds, clauseById, type ClauseCondition, type ConditionField, type PolicyPack } from '../analysis/policy/policy-pack';
import { rulesDir } from '../analysis/policy/rules-data';

/**
 * What the front ends write into a .disclose.yaml on the user's behalf, taken from the policy
 * pack in force: its reference, its recipient categories and its clauses' conditions. Nothing
 * here knows a pack by name, so a company's own policy gets its own words back.
 */

/** A value the user must replace: it fails validation until they choose. */
export const CHOOSE = 'CHOOSE';

function isBuiltin(pack: PolicyPack): boolean {
  return builtinPackIds().includes(pack.id) && path.resolve(pack.file) === path.join(rulesDir(), 'policies', `${pack.id}.yaml`);
}

/**
 * How a .disclose.yaml in `configDir` names the pack: a built-in by its id, a pack file by its
 * path relative to the configuration (as `policy:` is resolved).
 */
export function policyReference(pack: PolicyPack, configDir: string): string {
  if (isBuiltin(pack)) return pack.id;
  const rel = path.relative(configDir, pack.file);
  if (path.isAbsolute(rel)) return rel;
  const posix = rel.split(path.sep).join('/');
  return posix.startsWith('../') ? posix : `./${posix}`;
}

/** `CHOOSE-processor|affiliate|regulator`: a category placeholder that lists the pack's choices. */
export function categoryPlaceholder(pack: PolicyPack): string {
  return `${CHOOSE}-${pack.recipientCategories.map((c) => c.id).join('|')}`;
}

/** The condition fields the pack's clauses ask for, in the order they first appear. */
export function conditionFields(pack: PolicyPack): ConditionField[] {
  return [...new Set(pack.clauses.flatMap((c) => c.conditions.map((x) => x.field)))];
}

export type ConditionValue = string[] | string | true;

/**
 * The value a quick fix adds for a condition: the pack's placeholder where it has one of the
 * field's type, else a neutral one that names what to fill in (nda can only be true).
 */
export function conditionPlaceholder(condition: Pick<ClauseCondition, 'field' | 'placeholder'>): ConditionValue {
  const p = condition.placeholder;
  switch (condition.field) {
    case 'purposes':
      return Array.isArray(p) && p.length ? p : [`${CHOOSE}-purpose`];
    case 'legalBasis':
      return typeof p === 'string' && p.trim() ? p : `${CHOOSE}-legal-basis`;
    case 'nda':
      return true;
  }
}

/** The condition of `field` in the clause `clauseId` of the pack, if the clause has it. */
export function clauseCondition(pack: PolicyPack, clauseId: string | null, field: string): ClauseCondition | undefined {
  return clauseId === null ? undefined : clauseById(pack, clauseId)?.conditions.find((c) => c.field === field);
}
