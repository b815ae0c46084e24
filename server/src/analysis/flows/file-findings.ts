import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type ts from 'typescript';
import { suppressionsOf } from '../config/annotations';
import type { DiscloseConfig } from '../config/config';
import { type RuleId, ruleInfo, severityRank } from '../policy/rule-registry';
import { dedupeItems } from '../values/values';
import type { Finding, Flow } from './finding';
import { findingMessage } from './finding-messages';

/**
 * A file's flows as findings: merged per sink call and recipient, fingerprinted, suppression
 * comments applied (one without a reason is a finding itself). `flows` holds every flow, the
 * permitted and the suppressed ones too, when asked for (the data-sharing report).
 */
export function findingsOfFile(
  sf: ts.SourceFile,
  raw: Flow[],
  config: DiscloseConfig,
  root: string,
  includePermitted: boolean,
): { findings: Finding[]; flows: Flow[] } {
  const merged = assignFingerprints(mergeFlows(raw), root);
  const { kept, suppressed, noReason } = applySuppressions(sf, merged, config);
  const findings: Finding[] = [];
  for (const f of kept) if (isFinding(f)) findings.push(f);
  findings.push(...assignFingerprints(noReason, root));
  const flows = includePermitted ? [...kept, ...suppressed.map((f) => ({ ...f, suppressed: true }))] : [];
  return { findings, flows };
}

function isFinding(f: Flow): f is Flow & Finding {
  return f.ruleId !== null && !f.suppressed;
}

/**
 * Fingerprints that survive unrelated edits: what is called, where (by name, not line), to
 * whom and under which rule; a counter tells apart identical calls in one function.
 */
function assignFingerprints<T extends Flow | Finding>(flows: T[], root: string): T[] {
  const seen = new Map<string, number>();
  const rels = new Map<string, string>();
  return flows.map((f) => {
    let rel = rels.get(f.location.file);
    if (rel === undefined) rels.set(f.location.file, (rel = path.relative(root, f.location.file).split(path.sep).join('/')));
    const call = f.location.text.replace(/\s+/g, ' ').slice(0, 200);
    const key = [f.ruleId ?? 'permitted', rel, f.container ?? '', call, f.recipient ?? f.host ?? f.endpoint ?? ''].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const fingerprint = fingerprintOf(`${key}\u0000${n}`);
    return { ...f, fingerprint };
  });
}

// The editor fingerprints the same findings edit after edit: hash each key once.
const fingerprints = new Map<string, string>();
function fingerprintOf(key: string): string {
  let f = fingerprints.get(key);
  if (f === undefined) {
    if (fingerprints.size > 100_000) fingerprints.clear();
    fingerprints.set(key, (f = createHash('sha256').update(key).digest('hex').slice(0, 32)));
  }
  return f;
}

/** One finding per sink call and recipient: the most severe rule, with all the data. */
function mergeFlows(raw: Flow[]): Flow[] {
  const byKey = new Map<string, Flow[]>();
  for (const f of raw) {
    const key = `${f.location.line}:${f.location.column}:${f.location.endLine}:${f.location.endColumn}|${f.recipient ?? f.host ?? f.endpoint}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const rank = (f: Flow) => (f.severity ? severityRank(f.severity) : 0);
  const out: Flow[] = [];
  for (const list of byKey.values()) {
    if (list.length === 1) {
      out.push(list[0]!);
      continue;
    }
    list.sort((a, b) => rank(b) - rank(a) || b.dataCategories.length - a.dataCategories.length);
    const best = list[0]!;
    const data = dedupeItems(list.flatMap((f) => f.data));
    out.push({
      ...best,
      data,
      dataCategories: [...new Set(list.flatMap((f) => f.dataCategories))].sort(),
      notPermitted: [...new Set(list.flatMap((f) => f.notPermitted))],
    });
  }
  return out;
}

function applySuppressions(
  sf: ts.SourceFile,
  flows: Flow[],
  config: DiscloseConfig,
): { kept: Flow[]; suppressed: Flow[]; noReason: Finding[] } {
  const sups = suppressionsOf(sf);
  if (sups.length === 0) return { kept: flows, suppressed: [], noReason: [] };
  const withReason = new Set(sups.filter((s) => s.reason).map((s) => s.line + 1));
  const kept = flows.filter((f) => !withReason.has(f.location.line));
  const suppressed = flows.filter((f) => withReason.has(f.location.line));
  const noReason: Finding[] = [];
  for (const s of sups) {
    if (s.reason) continue;
    const rule: RuleId = 'suppression-without-reason';
    const at = { file: sf.fileName, line: s.line, column: s.column, endLine: s.line, endColumn: s.endColumn };
    noReason.push({
      ruleId: rule,
      severity: ruleInfo(rule).severity,
      fingerprint: '',
      message: findingMessage({
        rule,
        dataLabels: [],
        notPermittedLabels: [],
        target: '',
        recipientCategoryLabel: null,
        clauseTitle: null,
        missing: [],
        policy: config.policy,
      }),
      location: { ...at, text: 'disclose-ignore-next-line' },
      dataCategories: [],
      data: [],
      recipient: null,
      recipientName: null,
      recipientCategory: null,
      endpoint: null,
      host: null,
      clause: null,
      clauseTitle: null,
      clauseHref: null,
      policy: config.policy.id,
      conditionsMet: [],
      conditionsMissing: [],
      notPermitted: [],
      sink: { kind: 'comment', label: 'disclose-ignore-next-line', vendor: null, module: null, location: { ...at, text: '' } },
      chain: [],
      configFile: config.file ?? null,
    });
  }
  return { kept, suppressed, noReason };
}
