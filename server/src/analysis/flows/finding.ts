import type { RuleId, Severity } from '../policy/rule-registry';
import type { Pos } from '../ts-helpers';
import type { DataItem } from '../values/values';

export interface CodeLocation extends Pos {
  /** Absolute path. */
  file: string;
  /** Short source text of what stands there. */
  text: string;
}

/** What every flow of personal data to a recipient has, whether the policy permits it or not. */
export interface FlowBase {
  message: string;
  /**
   * Stable identity across unrelated edits: rule, file, enclosing function, the call's text
   * and the recipient, never line numbers (SARIF partialFingerprints, baselines).
   */
  fingerprint: string;
  /** The call that hands the data over (absolute path, 0-based positions). */
  location: CodeLocation;
  dataCategories: string[];
  /** Each piece of data, with where it comes from. */
  data: DataItem[];
  recipient: string | null;
  recipientName: string | null;
  recipientCategory: string | null;
  /** Where the recipient is declared in .disclose.yaml. */
  recipientLocation?: { file: string; line: number; column: number; endLine: number; endColumn: number };
  endpoint: string | null;
  /** The host of the endpoint, or the SDK vendor. */
  host: string | null;
  clause: string | null;
  clauseTitle: string | null;
  clauseHref: string | null;
  policy: string;
  /** Conditions of the clause that the recipient declares, and those it lacks. */
  conditionsMet: string[];
  conditionsMissing: string[];
  /** Data categories the clause never permits, among those sent. */
  notPermitted: string[];
  sink: { kind: string; label: string; vendor: string | null; module: string | null; location: CodeLocation };
  /** The calls from the reported call down to the sink (wrappers), outermost first. */
  chain: CodeLocation[];
  /** The .disclose.yaml in force, if any. */
  configFile: string | null;
  /** The recipient a `// @disclose recipient=` annotation names for this call (declared or not). */
  annotatedRecipient?: string | null;
  /** Where the call stands, by name (`supportRouter.post callback`, `InvoiceMailer.sendInvoice`): part of the fingerprint. */
  container?: string;
}

/** One finding of the engine: the shared currency of the CLI, the server and the tests. */
export interface Finding extends FlowBase {
  ruleId: RuleId;
  severity: Severity;
}

/** A flow as the data-sharing report sees it: permitted ones (no rule) and suppressed ones too. */
export interface Flow extends FlowBase {
  ruleId: RuleId | null;
  severity: Severity | null;
  suppressed: boolean;
}

export function compareFindings(a: FlowBase & { ruleId: string | null }, b: FlowBase & { ruleId: string | null }): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    String(a.ruleId).localeCompare(String(b.ruleId)) ||
    String(a.recipient ?? a.host).localeCompare(String(b.recipient ?? b.host))
  );
}
