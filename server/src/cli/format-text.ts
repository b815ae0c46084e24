import type { Finding } from '../analysis/flows/finding';
import { escapeControls } from '../reporting/output-escaping';
import { relativePath } from './report-paths';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** Compiler-style lines (`path:line:col  severity  message  [rule]`) and a summary. */
export function formatText(findings: Finding[], root: string, filesScanned: number, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  for (const f of findings) {
    const where = `${relativePath(root, f.location.file)}:${f.location.line + 1}:${f.location.column + 1}`;
    lines.push(`${escapeControls(where)}  ${c(f.severity, f.severity)}  ${escapeControls(f.message)}  ${c('dim', `[${f.ruleId}]`)}`);
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const files = new Set(findings.map((f) => f.location.file)).size;
  if (findings.length === 0) lines.push(`No findings in ${filesScanned} file${filesScanned === 1 ? '' : 's'}.`);
  else {
    lines.push('');
    lines.push(
      `${findings.length} finding${findings.length === 1 ? '' : 's'} (${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('information')} information) in ${files} of ${filesScanned} file${filesScanned === 1 ? '' : 's'}.`,
    );
  }
  return lines.join('\n') + '\n';
}
