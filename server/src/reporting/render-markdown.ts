import { escapeMarkdown as t, markdownCode as code, markdownLink, relativeFileLink } from './output-escaping';
import type { CodeRef, SharingReport } from './sharing-report';

function refs(locations: CodeRef[]): string {
  return locations
    .map(
      (l) =>
        `[${t(l.file)}:${l.line}](${relativeFileLink(l.file)}#L${l.line})${l.rule ? ` (${t(l.rule)})` : ''}${l.suppressed ? ' (suppressed)' : ''}`,
    )
    .join(', ');
}

function cats(r: SharingReport, list: string[], labels: Record<string, string[]>): string {
  return list.map((c) => `${t(labels[c]?.join(', ') ?? r.dataLabels[c] ?? c)} (${code(c)})`).join(', ');
}

export function renderMarkdown(r: SharingReport): string {
  const out: string[] = [
    `# ${t(r.title)}`,
    '',
    `Policy: **${t(r.policy.name)}** (${code(r.policy.id)})${r.policy.href ? ` — ${markdownLink(r.policy.href, r.policy.href)}` : ''}. ${r.filesScanned} file${r.filesScanned === 1 ? '' : 's'} scanned.`,
    '',
  ];
  out.push('## Sharing by clause', '');
  for (const c of r.clauses) {
    out.push(`### ${markdownLink(c.title, c.href)} (${code(c.id)})`, '', t(c.summary), '');
    if (c.conditions.length) out.push(`Conditions: ${c.conditions.map(t).join('; ')}.`, '');
    if (c.recipients.length === 0) out.push('_No flow in the code rests on this clause._', '');
    for (const rec of c.recipients) {
      out.push(`- **${t(rec.name)}** (${code(rec.id)}, ${t(rec.categoryLabel)}) receives ${cats(r, rec.dataCategories, rec.labels)}`);
      out.push(`  - sent from ${refs(rec.locations)}`);
    }
    if (c.recipients.length) out.push('');
  }
  out.push('## Flows no clause covers', '');
  if (r.uncovered.length === 0) out.push('_None: every flow rests on a clause of the policy._', '');
  for (const u of r.uncovered)
    out.push(
      `- **${t(u.target)}** (${u.kind === 'undeclared' ? 'not a declared recipient' : 'endpoint not resolved'}) receives ${cats(r, u.dataCategories, u.labels)}`,
      `  - sent from ${refs(u.locations)}`,
    );
  if (r.uncovered.length) out.push('');
  out.push('## Policy and code consistency', '');
  out.push(
    `Clauses with no flow in the code: ${r.clausesWithoutFlows.length ? r.clausesWithoutFlows.map((c) => `${t(c.title)} (${code(c.id)})`).join(', ') : 'none'}.`,
    '',
  );
  out.push(
    `Declared recipients no code uses: ${r.unusedRecipients.length ? r.unusedRecipients.map((x) => `${t(x.name)} (${code(x.id)}, ${t(x.category)}, in ${t(x.configFile)})`).join(', ') : 'none'}.`,
    '',
  );
  out.push('## Data categories × recipient categories', '', 'The number of flows of each data category to each category of recipient.', '');
  out.push(
    `| data category | ${r.matrix.recipientCategories.map(t).join(' | ')} |`,
    `|---|${r.matrix.recipientCategories.map(() => '---:').join('|')}|`,
  );
  for (const d of r.matrix.dataCategories)
    out.push(
      `| ${t(r.dataLabels[d] ?? d)} (${code(d)}) | ${r.matrix.recipientCategories.map((c) => r.matrix.cells[d]?.[c] ?? '').join(' | ')} |`,
    );
  return out.join('\n') + '\n';
}
