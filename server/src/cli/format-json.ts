import type { Finding } from '../analysis/flows/finding';
import { relativePath } from './report-paths';

/** The JSON report: stable, 1-based positions, paths relative to the scanned root. */
export function toJsonReport(
  findings: Finding[],
  root: string,
  meta: { version: string; filesScanned: number; skipped: Array<{ file: string; reason: string }> },
) {
  const loc = (l: { file: string; line: number; column: number; endLine: number; endColumn: number }) => ({
    file: relativePath(root, l.file),
    line: l.line + 1,
    column: l.column + 1,
    endLine: l.endLine + 1,
    endColumn: l.endColumn + 1,
  });
  return {
    tool: { name: 'disclose', version: meta.version },
    summary: {
      filesScanned: meta.filesScanned,
      findings: findings.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      information: findings.filter((f) => f.severity === 'information').length,
    },
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...loc(f.location),
      dataCategories: f.dataCategories,
      recipient: f.recipient,
      recipientCategory: f.recipientCategory,
      endpoint: f.endpoint,
      clause: f.clause,
      clauseHref: f.clauseHref,
      policy: f.policy,
      conditionsMissing: f.conditionsMissing,
      sink: { label: f.sink.label, vendor: f.sink.vendor, ...loc(f.sink.location) },
      sources: f.data.map((d) => ({ category: d.category, label: d.label, text: d.text, ...loc(d) })),
      chain: f.chain.map((c) => ({ text: c.text, ...loc(c) })),
    })),
    skipped: meta.skipped.map((s) => ({ file: relativePath(root, s.file), reason: s.reason })),
  };
}
