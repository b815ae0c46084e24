import * as path from 'node:path';
import type { DiscloseConfig } from '../analysis/config/config';
import type { Flow } from '../analysis/flows/finding';
import { categoryById, type PolicyPack } from '../analysis/policy/policy-pack';

/**
 * "How this codebase shares personal data", in the words of the policy: flows grouped by the
 * clause they rest on, the flows no clause covers, clauses and recipients without flows, and
 * the data categories × recipient categories table (GDPR Art. 30's categories of recipients).
 */
export interface CodeRef {
  file: string;
  line: number;
  rule: string | null;
  suppressed: boolean;
}

export interface RecipientSection {
  id: string;
  name: string;
  category: string;
  categoryLabel: string;
  dataCategories: string[];
  /** Each data category as the findings of these flows name it (check, hover and SARIF say the same). */
  labels: Record<string, string[]>;
  locations: CodeRef[];
}

export interface ClauseSection {
  id: string;
  title: string;
  summary: string;
  href: string;
  conditions: string[];
  recipients: RecipientSection[];
}

export interface UncoveredFlow {
  target: string;
  kind: 'undeclared' | 'unresolved';
  dataCategories: string[];
  labels: Record<string, string[]>;
  locations: CodeRef[];
}

export interface SharingReport {
  title: string;
  policy: { id: string; name: string; href: string | null };
  root: string;
  filesScanned: number;
  clauses: ClauseSection[];
  uncovered: UncoveredFlow[];
  clausesWithoutFlows: Array<{ id: string; title: string }>;
  unusedRecipients: Array<{ id: string; name: string; category: string; configFile: string }>;
  matrix: { dataCategories: string[]; recipientCategories: string[]; cells: Record<string, Record<string, number>> };
  /** Every name the flows give a data category, for the rows of the table. */
  dataLabels: Record<string, string>;
}

function ref(root: string, f: Flow): CodeRef {
  return {
    file: path.relative(root, f.location.file).split(path.sep).join('/'),
    line: f.location.line + 1,
    rule: f.ruleId,
    suppressed: f.suppressed,
  };
}

function uniqSorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}

/**
 * A flow's data categories by the label its message uses: the first data item of each category
 * (as the engine words a finding). One workspace-wide label per category would name a flow's
 * user ID after another flow's employee number.
 */
function flowLabels(f: Flow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of f.data) out[d.category] ??= d.label;
  return out;
}

function addLabels(into: Record<string, string[]>, f: Flow): void {
  for (const [category, label] of Object.entries(flowLabels(f))) {
    const list = (into[category] ??= []);
    if (!list.includes(label)) list.push(label);
  }
}

export function buildSharingReport(
  flows: Flow[],
  pack: PolicyPack,
  configs: DiscloseConfig[],
  root: string,
  filesScanned: number,
): SharingReport {
  const allLabels: Record<string, string[]> = {};
  for (const f of flows) addLabels(allLabels, f);
  const dataLabels = Object.fromEntries(Object.entries(allLabels).map(([c, l]) => [c, l.join(', ')]));
  const clauses: ClauseSection[] = pack.clauses.map((c) => ({
    id: c.id,
    title: c.title.en,
    summary: c.summary.en,
    href: c.href,
    conditions: c.conditions.map((x) => x.label.en),
    recipients: [],
  }));
  const uncovered = new Map<string, UncoveredFlow>();
  const matrixCells: Record<string, Record<string, number>> = {};
  const usedRecipients = new Set<string>();
  for (const f of flows) {
    const rc = f.recipientCategory ?? (f.ruleId === 'unresolved-endpoint' ? 'unresolved' : 'undeclared');
    for (const d of f.dataCategories) {
      matrixCells[d] ??= {};
      matrixCells[d]![rc] = (matrixCells[d]![rc] ?? 0) + 1;
    }
    if (f.recipient && f.clause) {
      usedRecipients.add(f.recipient);
      const section = clauses.find((c) => c.id === f.clause);
      if (!section) continue;
      let r = section.recipients.find((x) => x.id === f.recipient);
      if (!r) {
        const cat = categoryById(pack, f.recipientCategory ?? '');
        r = {
          id: f.recipient,
          name: f.recipientName ?? f.recipient,
          category: f.recipientCategory ?? '',
          categoryLabel: cat?.label.en ?? '',
          dataCategories: [],
          labels: {},
          locations: [],
        };
        section.recipients.push(r);
      }
      r.dataCategories = uniqSorted([...r.dataCategories, ...f.dataCategories]);
      addLabels(r.labels, f);
      r.locations.push(ref(root, f));
    } else {
      const target = f.recipient ?? f.sink.vendor ?? f.host ?? f.endpoint ?? 'unknown endpoint';
      const kind = f.ruleId === 'unresolved-endpoint' ? 'unresolved' : 'undeclared';
      const k = `${kind}|${target}`;
      const u = uncovered.get(k) ?? { target, kind, dataCategories: [], labels: {}, locations: [] };
      u.dataCategories = uniqSorted([...u.dataCategories, ...f.dataCategories]);
      addLabels(u.labels, f);
      u.locations.push(ref(root, f));
      uncovered.set(k, u);
    }
  }
  for (const c of clauses) c.recipients.sort((a, b) => a.id.localeCompare(b.id));
  const declared = new Map<string, { id: string; name: string; category: string; configFile: string }>();
  for (const cfg of configs)
    for (const r of cfg.recipients)
      declared.set(r.id, {
        id: r.id,
        name: r.name ?? r.id,
        category: r.category,
        configFile: path
          .relative(root, cfg.file ?? '')
          .split(path.sep)
          .join('/'),
      });
  const recipientCategories = [...pack.recipientCategories.map((c) => c.id), 'undeclared', 'unresolved'].filter((c) =>
    Object.values(matrixCells).some((row) => row[c]),
  );
  return {
    title: 'How this codebase shares personal data',
    policy: { id: pack.id, name: pack.name.en, href: pack.source?.href ?? null },
    root,
    filesScanned,
    clauses,
    uncovered: [...uncovered.values()].sort((a, b) => a.target.localeCompare(b.target)),
    clausesWithoutFlows: clauses.filter((c) => c.recipients.length === 0).map((c) => ({ id: c.id, title: c.title })),
    unusedRecipients: [...declared.values()].filter((r) => !usedRecipients.has(r.id)).sort((a, b) => a.id.localeCompare(b.id)),
    matrix: { dataCategories: Object.keys(matrixCells).sort(), recipientCategories, cells: matrixCells },
    dataLabels,
  };
}
