/** The rule ids of the contract, with their default severities and one-line descriptions. */
export type RuleId =
  | 'undeclared-recipient'
  | 'category-not-permitted'
  | 'clause-condition-unmet'
  | 'public-disclosure'
  | 'unresolved-endpoint'
  | 'suppression-without-reason';

export type Severity = 'error' | 'warning' | 'information';

export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  short: string;
  full: string;
}

export const RULES: readonly RuleInfo[] = [
  {
    id: 'undeclared-recipient',
    severity: 'error',
    short: 'Personal data sent to an undeclared recipient',
    full: 'Personal data reaches an external endpoint that matches no annotated recipient and is not internal. Declare the recipient in .disclose.yaml with a category the policy permits, or stop sending the data.',
  },
  {
    id: 'category-not-permitted',
    severity: 'error',
    short: 'Data category not permitted for this recipient',
    full: "The recipient's category is not permitted by the policy for these data categories (for example special-category, government-id or financial data on a public forum).",
  },
  {
    id: 'clause-condition-unmet',
    severity: 'warning',
    short: 'A condition of the policy clause is not annotated',
    full: "The recipient's category is permitted, but a condition of its clause (declared purposes, legal basis, confidentiality agreement) is not annotated on the recipient.",
  },
  {
    id: 'public-disclosure',
    severity: 'warning',
    short: 'Personal data is made public',
    full: 'Personal data goes to a recipient whose category makes it public, such as a forum: everything sent there can be read by anyone with access.',
  },
  {
    id: 'unresolved-endpoint',
    severity: 'information',
    short: 'Personal data reaches an endpoint Disclose could not resolve',
    full: 'Personal data reaches a call whose endpoint could not be resolved statically. Reported only when asked for (--report-unresolved / disclose.reportUnresolved).',
  },
  {
    id: 'suppression-without-reason',
    severity: 'warning',
    short: 'Suppression comment without a reason',
    full: 'A disclose-ignore-next-line comment must give a reason; without one it suppresses nothing.',
  },
];

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1 };

export function ruleInfo(id: RuleId): RuleInfo {
  return RULES.find((r) => r.id === id)!;
}

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}
