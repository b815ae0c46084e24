import * as path from 'node:path';
import type { Hover, Position } from 'vscode-languageserver';
import type { DiscloseConfig } from '../analysis/config/config';
import type { Finding } from '../analysis/flows/finding';
import { listLabels } from '../analysis/flows/finding-messages';
import { categoryById, type Clause, clauseById, conditionsAmong } from '../analysis/policy/policy-pack';
import { ruleInfo } from '../analysis/policy/rule-registry';
import { localizedMessage } from './diagnostic-message';
import { local, t } from './hover-text';

function conditionLabels(clause: Clause, fields: readonly string[], locale: string | undefined): string {
  return conditionsAmong(clause, fields)
    .map((c) => local(c.label, locale))
    .join(', ');
}

function contains(r: { line: number; column: number; endLine: number; endColumn: number }, p: Position): boolean {
  if (p.line < r.line || p.line > r.endLine) return false;
  if (p.line === r.line && p.character < r.column) return false;
  if (p.line === r.endLine && p.character > r.endColumn) return false;
  return true;
}

function md(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** Hover on a flagged call: what data, to whom, the clause, and why. */
export function findingHover(
  findings: Finding[],
  file: string,
  pos: Position,
  config: (f: Finding) => DiscloseConfig,
  locale: string | undefined,
): Hover | null {
  const here = findings.filter((f) => f.location.file === file && contains(f.location, pos));
  if (here.length) {
    const parts = here.map((f) => explainFinding(f, config(f), locale));
    const f0 = here[0]!;
    return {
      contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
      range: {
        start: { line: f0.location.line, character: f0.location.column },
        end: { line: f0.location.endLine, character: f0.location.endColumn },
      },
    };
  }
  // Hover on where personal data comes from: its category and where it goes.
  const sources = findings.flatMap((f) => f.data.filter((d) => d.file === file && contains(d, pos)).map((d) => ({ d, f })));
  if (sources.length) {
    const d = sources[0]!.d;
    const targets = [
      ...new Set(
        sources.map(({ f }) => t(locale, 'sentTo', f.recipientName ?? f.recipient ?? f.host ?? f.endpoint ?? '?', f.location.line + 1)),
      ),
    ];
    const value = `**${t(locale, 'personalData')}:** ${md(d.label)} (\`${d.category}\`) — ${targets.join('; ')}`;
    return {
      contents: { kind: 'markdown', value },
      range: { start: { line: d.line, character: d.column }, end: { line: d.endLine, character: d.endColumn } },
    };
  }
  return null;
}

function explainFinding(f: Finding, config: DiscloseConfig, locale: string | undefined): string {
  const pack = config.policy;
  const lines: string[] = [];
  lines.push(`**Disclose** · \`${f.ruleId}\` (${ruleInfo(f.ruleId).severity})`);
  const data = f.data
    .slice(0, 6)
    .map(
      (d) =>
        `${md(d.label)} (\`${d.category}\`) ${t(locale, 'from')} \`${d.text.replace(/`/g, "'")}\`${d.file !== f.location.file ? ` (${path.basename(d.file)}:${d.line + 1})` : ` (${d.line + 1})`}`,
    );
  if (f.data.length > 6) data.push(`… +${f.data.length - 6}`);
  if (data.length) lines.push(`**${t(locale, 'data')}:** ${data.join('; ')}`);
  const rc = f.recipientCategory ? categoryById(pack, f.recipientCategory) : undefined;
  const to = f.recipient
    ? `${md(f.recipientName ?? f.recipient)} (\`${f.recipient}\`)${rc ? ` — ${md(local(rc.label, locale))}` : ''}`
    : md(f.sink.vendor ?? f.host ?? '?');
  if (f.ruleId !== 'suppression-without-reason')
    lines.push(`**${t(locale, 'to')}:** ${to}${f.endpoint ? ` · \`${f.endpoint.replace(/`/g, "'")}\`` : ''}`);
  const clause = f.clause ? clauseById(pack, f.clause) : undefined;
  if (clause)
    lines.push(`**${t(locale, 'clause')}:** [${md(local(clause.title, locale))}](${clause.href}) — ${md(local(clause.summary, locale))}`);
  const why: string[] = [];
  switch (f.ruleId) {
    case 'undeclared-recipient':
      why.push(t(locale, 'undeclared', pack.recipientCategories.map((c) => `\`${c.id}\``).join(', ')));
      break;
    case 'category-not-permitted':
      why.push(t(locale, 'notPermitted', listLabels(f.data.filter((d) => f.notPermitted.includes(d.category)).map((d) => d.label))));
      break;
    case 'clause-condition-unmet':
      if (clause) why.push(t(locale, 'missing', conditionLabels(clause, f.conditionsMissing, locale)));
      break;
    case 'public-disclosure':
      why.push(t(locale, 'publicDisclosure'));
      break;
    case 'unresolved-endpoint':
      why.push(t(locale, 'unresolved'));
      break;
    default:
      why.push(md(localizedMessage(f, pack, locale)));
  }
  if (clause && f.conditionsMet.length) why.push(t(locale, 'met', conditionLabels(clause, f.conditionsMet, locale)));
  lines.push(`**${t(locale, 'why')}:** ${why.join(' ')}`);
  return lines.join('\n\n');
}
