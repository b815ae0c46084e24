import type { Finding } from '../analysis/flows/finding';
import type { Severity } from '../analysis/policy/rule-registry';
import { escapeControls } from '../reporting/output-escaping';
import { relativePath } from './report-paths';

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice' };

function escapeData(s: string): string {
  return escapeControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: shown inline in a pull request's diff. */
export function formatGithub(findings: Finding[], root: string): string {
  return findings
    .map((f) => {
      const props = [
        `file=${escapeProperty(relativePath(root, f.location.file))}`,
        `line=${f.location.line + 1}`,
        `endLine=${f.location.endLine + 1}`,
        ...(f.location.line === f.location.endLine ? [`col=${f.location.column + 1}`, `endColumn=${f.location.endColumn + 1}`] : []),
        `title=${escapeProperty(`Disclose ${f.ruleId}`)}`,
      ];
      return `::${GITHUB_LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}${f.clauseHref ? `%0A${escapeData(f.clauseHref)}` : ''}`;
    })
    .join('\n')
    .concat(findings.length ? '\n' : '');
}

const GITLAB_SEVERITY: Record<Severity, string> = { error: 'critical', warning: 'major', information: 'info' };

/** GitLab Code Quality JSON: shown in a merge request's diff and widget. */
export function formatGitlab(findings: Finding[], root: string): string {
  return (
    JSON.stringify(
      findings.map((f) => ({
        description: escapeControls(f.message),
        check_name: f.ruleId,
        fingerprint: f.fingerprint,
        severity: GITLAB_SEVERITY[f.severity],
        location: {
          path: escapeControls(relativePath(root, f.location.file)),
          lines: { begin: f.location.line + 1, end: f.location.endLine + 1 },
        },
      })),
      null,
      2,
    ) + '\n'
  );
}
