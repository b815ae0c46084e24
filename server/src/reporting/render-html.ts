import { relativeFileLink, safeHref } from './output-escaping';
import type { CodeRef, SharingReport } from './sharing-report';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function refs(locations: CodeRef[]): string {
  return locations
    .map(
      (l) =>
        `<a class="loc" href="${esc(relativeFileLink(l.file))}#L${l.line}">${esc(l.file)}:${l.line}</a>${l.rule ? ` <span class="rule">${esc(l.rule)}</span>` : ''}${l.suppressed ? ' <span class="rule">suppressed</span>' : ''}`,
    )
    .join(', ');
}

function cats(r: SharingReport, list: string[], labels: Record<string, string[]>): string {
  return list.map((c) => `<span class="cat" title="${esc(c)}">${esc(labels[c]?.join(', ') ?? r.dataLabels[c] ?? c)}</span>`).join(' ');
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}h3{margin-bottom:.2rem}
.meta{color:#57606a}.summary{color:#3b434b}.cond{font-size:.9rem;color:#57606a}
.recipient{margin:.6rem 0 .6rem 1rem}.none{color:#6e7781;font-style:italic}
.cat{display:inline-block;background:#ddf4ff;border:1px solid #b6e3ff;border-radius:1rem;padding:0 .5rem;margin:.1rem;font-size:.85rem}
.rule{font:.8rem ui-monospace,monospace;color:#9a6700}.loc{font:.85rem ui-monospace,monospace}
.uncovered .cat{background:#ffebe9;border-color:#ffcecb}
table{border-collapse:collapse;margin-top:.5rem}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:right}th:first-child,td:first-child{text-align:left}
thead th{background:#f6f8fa}
@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}h2{break-after:avoid}}
`;

/** One self-contained page: inline style, no scripts, no external requests. */
export function renderHtml(r: SharingReport): string {
  const clauses = r.clauses
    .map((c) => {
      const recipients = c.recipients.length
        ? c.recipients
            .map(
              (x) =>
                `<div class="recipient"><strong>${esc(x.name)}</strong> <code>${esc(x.id)}</code> · ${esc(x.categoryLabel)}<br>receives ${cats(r, x.dataCategories, x.labels)}<br>sent from ${refs(x.locations)}</div>`,
            )
            .join('\n')
        : '<p class="none">No flow in the code rests on this clause.</p>';
      return `<section class="clause" id="clause-${esc(c.id)}"><h3>${safeHref(c.href) ? `<a href="${esc(safeHref(c.href)!)}">${esc(c.title)}</a>` : esc(c.title)} <code>${esc(c.id)}</code></h3><p class="summary">${esc(c.summary)}</p>${c.conditions.length ? `<p class="cond">Conditions: ${esc(c.conditions.join('; '))}.</p>` : ''}${recipients}</section>`;
    })
    .join('\n');
  const uncovered = r.uncovered.length
    ? r.uncovered
        .map(
          (u) =>
            `<div class="recipient uncovered"><strong>${esc(u.target)}</strong> · ${u.kind === 'undeclared' ? 'not a declared recipient' : 'endpoint not resolved'}<br>receives ${cats(r, u.dataCategories, u.labels)}<br>sent from ${refs(u.locations)}</div>`,
        )
        .join('\n')
    : '<p class="none">None: every flow rests on a clause of the policy.</p>';
  const matrix = `<table><thead><tr><th>data category</th>${r.matrix.recipientCategories.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${r.matrix.dataCategories
    .map(
      (d) =>
        `<tr><td>${esc(r.dataLabels[d] ?? d)} <code>${esc(d)}</code></td>${r.matrix.recipientCategories.map((c) => `<td>${r.matrix.cells[d]?.[c] ?? ''}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(r.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(r.title)}</h1>
<p class="meta">Policy: <strong>${esc(r.policy.name)}</strong> (<code>${esc(r.policy.id)}</code>) · ${r.filesScanned} file${r.filesScanned === 1 ? '' : 's'} scanned</p>
<h2 id="by-clause">Sharing by clause</h2>
${clauses}
<h2 id="uncovered">Flows no clause covers</h2>
${uncovered}
<h2 id="consistency">Policy and code consistency</h2>
<p>Clauses with no flow in the code: ${r.clausesWithoutFlows.length ? r.clausesWithoutFlows.map((c) => `${esc(c.title)} <code>${esc(c.id)}</code>`).join(', ') : 'none'}.</p>
<p>Declared recipients no code uses: ${r.unusedRecipients.length ? r.unusedRecipients.map((x) => `${esc(x.name)} <code>${esc(x.id)}</code> (${esc(x.category)})`).join(', ') : 'none'}.</p>
<h2 id="matrix">Data categories × recipient categories</h2>
<p>The number of flows of each data category to each category of recipient.</p>
${matrix}
</body></html>
`;
}
