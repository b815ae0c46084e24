import { pathToFileURL } from 'node:url';
import { type Diagnostic, type DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { DiagnosticData } from '../../../shared/protocol';
import type { Finding } from '../analysis/flows/finding';
import type { PolicyPack } from '../analysis/policy/policy-pack';
import { localizedMessage, relatedMessage } from './diagnostic-message';
import type { DiscloseSettings } from './settings';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

// Every diagnostic names a few files again and again: convert each path once.
const uris = new Map<string, string>();
export function uriOf(file: string): string {
  let u = uris.get(file);
  if (u === undefined) {
    if (uris.size > 10_000) uris.clear();
    uris.set(file, (u = pathToFileURL(file).href));
  }
  return u;
}

/** What a diagnostic needs beyond the finding: the policy in force and the editor's language. */
export interface DiagnosticExtra {
  fields: DiagnosticData['fields'];
  version: number | null;
  /** The pack that governs the file: its link where the finding has no clause, its bokmål texts. */
  policy: PolicyPack;
  locale: string | undefined;
}

/**
 * One finding → one diagnostic: the range of the call that hands the data over, the rule as
 * code with its clause link, where each piece of data comes from, and what the fixes need.
 * Returns undefined when the user turned the rule off.
 */
export function findingToDiagnostic(f: Finding, settings: DiscloseSettings, extra: DiagnosticExtra): Diagnostic | undefined {
  const configured = settings.rules[f.ruleId]?.severity;
  if (configured === 'off') return undefined;
  const severity = configured && configured !== 'default' ? SEVERITY[configured] : SEVERITY[f.severity];
  const related: DiagnosticRelatedInformation[] = f.data.map((d) => ({
    location: {
      uri: uriOf(d.file),
      range: { start: { line: d.line, character: d.column }, end: { line: d.endLine, character: d.endColumn } },
    },
    message: relatedMessage(extra.locale, 'source', d.label, d.text),
  }));
  if (f.chain.length > 1) {
    const sink = f.sink.location;
    related.push({
      location: {
        uri: uriOf(sink.file),
        range: { start: { line: sink.line, character: sink.column }, end: { line: sink.endLine, character: sink.endColumn } },
      },
      message: relatedMessage(extra.locale, 'sink', f.sink.label),
    });
  }
  if (f.recipientLocation) {
    const r = f.recipientLocation;
    related.push({
      location: {
        uri: uriOf(r.file),
        range: { start: { line: r.line, character: r.column }, end: { line: r.endLine, character: r.endColumn } },
      },
      message: relatedMessage(extra.locale, 'recipient', f.recipient ?? ''),
    });
  }
  const href = f.clauseHref ?? extra.policy.source?.href ?? null;
  const data: DiagnosticData = {
    ruleId: f.ruleId,
    recipient: f.recipient,
    recipientCategory: f.recipientCategory,
    host: f.host,
    endpoint: f.endpoint,
    vendor: f.sink.vendor,
    packageName: f.sink.module,
    clause: f.clause,
    clauseHref: f.clauseHref,
    missing: f.conditionsMissing,
    configFile: f.configFile,
    fields: extra.fields,
    version: extra.version,
  };
  const d: Diagnostic = {
    range: {
      start: { line: f.location.line, character: f.location.column },
      end: { line: f.location.endLine, character: f.location.endColumn },
    },
    severity,
    code: f.ruleId,
    source: 'disclose',
    message: localizedMessage(f, extra.policy, extra.locale),
    relatedInformation: related.length ? related : undefined,
    data,
  };
  if (href) d.codeDescription = { href };
  if (f.ruleId === 'suppression-without-reason') d.tags = [DiagnosticTag.Unnecessary];
  return d;
}
