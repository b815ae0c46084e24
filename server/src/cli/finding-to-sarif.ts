import { pathToFileURL } from 'node:url';
import type { Finding } from '../analysis/finding';
import type { PolicyPack } from '../analysis/policy-pack';
import { RULES, type Severity } from '../analysis/rule-registry';
import { relativePath } from './report-paths';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note' };
const INFORMATION_URI = 'https://github.com/disclose-dev/disclose';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function region(l: { line: number; column: number; endLine: number; endColumn: number }): SarifRegion {
  return { startLine: l.line + 1, startColumn: l.column + 1, endLine: l.endLine + 1, endColumn: Math.max(l.endColumn + 1, l.endLine === l.line ? l.column + 2 : 1) };
}

/** SARIF 2.1.0: one run, one result per finding, code flows from each source to the sink. */
export function toSarif(findings: Finding[], root: string, meta: { version: string; policies: PolicyPack[] }) {
  const location = (l: { file: string; line: number; column: number; endLine: number; endColumn: number }, message?: string) => ({
    physicalLocation: { artifactLocation: { uri: encodeUri(relativePath(root, l.file)), uriBaseId: '%SRCROOT%' }, region: region(l) },
    ...(message ? { message: { text: message } } : {}),
  });
  const policyHref = meta.policies.find((p) => p.source?.href)?.source?.href ?? INFORMATION_URI;
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.short },
    fullDescription: { text: r.full },
    helpUri: policyHref,
    help: { text: r.full, markdown: `${r.full}\n\nSee the policy: ${policyHref}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['privacy', 'security'], precision: 'high' },
  }));
  const results = findings.map((f) => {
    const ruleIndex = RULES.findIndex((r) => r.id === f.ruleId);
    const flows = f.data.length
      ? [
          {
            threadFlows: f.data.map((d) => ({
              locations: [
                { location: location(d, `${d.label}: ${d.text}`) },
                ...f.chain.slice(0, -1).map((c) => ({ location: location(c, `passed on by ${c.text}`) })),
                { location: location(f.sink.location, `sent by ${f.sink.label}`) },
              ],
            })),
          },
        ]
      : undefined;
    return {
      ruleId: f.ruleId,
      ruleIndex,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.location)],
      ...(flows ? { codeFlows: flows } : {}),
      properties: {
        dataCategories: f.dataCategories,
        recipient: f.recipient,
        recipientCategory: f.recipientCategory,
        endpoint: f.endpoint,
        clause: f.clause,
        clauseHref: f.clauseHref,
        policy: f.policy,
      },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'disclose', version: meta.version, semanticVersion: meta.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root.endsWith('/') ? root : root + '/').href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function encodeUri(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}
