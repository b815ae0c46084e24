import type { PolicyPack } from '../policy/policy-pack';
import type { RuleId } from '../policy/rule-registry';

export interface MessageFacts {
  rule: RuleId;
  dataLabels: string[];
  notPermittedLabels: string[];
  target: string;
  recipientCategoryLabel: string | null;
  clauseTitle: string | null;
  missing: string[];
  policy: PolicyPack;
  unknownAnnotation?: string;
}

export function listLabels(labels: string[]): string {
  const uniq = [...new Set(labels)];
  if (uniq.length <= 1) return uniq[0] ?? 'personal data';
  if (uniq.length > 4) return `${uniq.slice(0, 3).join(', ')} and ${uniq.length - 3} more`;
  return `${uniq.slice(0, -1).join(', ')} and ${uniq[uniq.length - 1]}`;
}

/** Messages a developer understands at a glance: what, to whom, and why it is a problem. */
export function findingMessage(f: MessageFacts): string {
  const data = listLabels(f.dataLabels);
  const who = f.recipientCategoryLabel ? `${f.target}, ${article(f.recipientCategoryLabel)} ${f.recipientCategoryLabel}` : f.target;
  switch (f.rule) {
    case 'undeclared-recipient': {
      const offered = f.policy.recipientCategories.map((c) => c.id).join(', ');
      const why = f.unknownAnnotation
        ? `the annotation names '${f.unknownAnnotation}', which .disclose.yaml does not declare`
        : 'not a declared recipient';
      return `Sends ${data} to ${f.target} — ${why} (policy ${f.policy.id}; declare it as one of: ${offered})`;
    }
    case 'category-not-permitted':
      return `Sends ${listLabels(f.notPermittedLabels)} to ${who} — the clause "${f.clauseTitle}" of policy ${f.policy.id} does not permit this data there`;
    case 'clause-condition-unmet':
      return `Sends ${data} to ${who} — the clause "${f.clauseTitle}" requires ${listLabels(f.missing)}, which the recipient does not declare`;
    case 'public-disclosure':
      return `Sends ${data} to ${who} — everything sent there is public (clause "${f.clauseTitle}" of policy ${f.policy.id})`;
    case 'unresolved-endpoint':
      return `Sends ${data} to an endpoint Disclose cannot resolve (${f.target})`;
    case 'suppression-without-reason':
      return 'disclose-ignore-next-line needs a reason; without one it suppresses nothing';
  }
}

function article(label: string): string {
  return /^[aeiou]/i.test(label) ? 'an' : 'a';
}
