import { pathToFileURL } from 'node:url';
import type { Finding } from '../analysis/flows/finding';
import type { Clause, PolicyPack } from '../analysis/policy/policy-pack';
import { type RuleId, RULES, type Severity } from '../analysis/policy/rule-registry';
import { escapeMarkdown, markdownCode, markdownLink, safeHref } from '../reporting/output-escaping';
import { relativePath } from './report-paths';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note' };
export const INFORMATION_URI = 'https://github.com/disclose-dev/disclose';
export const FINGERPRINT_KEY = 'discloseFingerprint/v1';

interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function region(l: Region) {
  return {
    startLine: l.line + 1,
    startColumn: l.column + 1,
    endLine: l.endLine + 1,
    endColumn: Math.max(l.endColumn + 1, l.endLine === l.line ? l.column + 2 : 1),
  };
}

/** The clauses a rule can rest on, for its help text. */
function clausesOf(rule: RuleId, pack: PolicyPack): Clause[] {
  switch (rule) {
    case 'category-not-permitted':
      return pack.clauses.filter((c) => c.notPermittedData.length > 0);
    case 'clause-condition-unmet':
      return pack.clauses.filter((c) => c.conditions.length > 0);
    case 'public-disclosure':
      return pack.clauses.filter((c) => c.outcome === 'public-disclosure');
    case 'undeclared-recipient':
      return pack.clauses;
    default:
      return [];
  }
}

function ruleHelp(rule: (typeof RULES)[number], pack: PolicyPack | undefined): { text: string; markdown: string } {
  const clauses = pack ? clausesOf(rule.id, pack) : [];
  const lines = clauses.map(
    (c) =>
      `- ${markdownLink(c.title.en, c.href)} (${markdownCode(c.id)}): ${escapeMarkdown(c.summary.en)}${c.conditions.length ? ` Requires: ${c.conditions.map((x) => escapeMarkdown(x.label.en)).join(', ')}.` : ''}`,
  );
  const intro =
    rule.id === 'undeclared-recipient' && pack
      ? `Declare the recipient in .disclose.yaml under one of the categories of policy ${pack.id}: ${pack.recipientCategories.map((c) => `\`${c.id}\``).join(', ')}.`
      : '';
  const markdown = [rule.full, intro, clauses.length ? `Clauses of policy \`${pack!.id}\`:\n\n${lines.join('\n')}` : '']
    .filter(Boolean)
    .join('\n\n');
  return { text: [rule.full, intro].filter(Boolean).join(' '), markdown };
}

function sarifLocation(root: string, l: Region & { file: string }, message?: string) {
  return {
    physicalLocation: { artifactLocation: { uri: encodeUri(relativePath(root, l.file)), uriBaseId: '%SRCROOT%' }, region: region(l) },
    ...(message ? { message: { text: message } } : {}),
  };
}

/** SARIF 2.1.0: one run, one result per finding, code flows from each source to the sink. */
export function toSarif(findings: Finding[], root: string, meta: { version: string; policies: PolicyPack[] }) {
  const pack = meta.policies[0];
  const rules = RULES.map((r) => {
    const clauses = pack ? clausesOf(r.id, pack) : [];
    const helpUri = safeHref(clauses.length === 1 ? clauses[0]!.href : pack?.source?.href) ?? INFORMATION_URI;
    return {
      id: r.id,
      name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: r.short },
      fullDescription: { text: r.full },
      helpUri,
      help: ruleHelp(r, pack),
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: {
        tags: ['privacy', 'personal-data'],
        precision: 'high',
        'problem.severity': r.severity === 'information' ? 'recommendation' : r.severity,
      },
    };
  });
  const taxonomies = meta.policies.map((p) => ({
    name: p.id,
    guid: undefined,
    version: '1',
    informationUri: safeHref(p.source?.href) ?? INFORMATION_URI,
    shortDescription: { text: p.name.en },
    isComprehensive: true,
    taxa: p.clauses.map((c) => ({ id: c.id, name: c.title.en, shortDescription: { text: c.summary.en }, helpUri: safeHref(c.href) })),
  }));
  const results = findings.map((f) => {
    const ruleIndex = RULES.findIndex((r) => r.id === f.ruleId);
    const flows = f.data.length
      ? [
          {
            threadFlows: f.data.map((d) => ({
              locations: [
                { location: sarifLocation(root, d, `${d.label}: ${d.text}`) },
                ...f.chain.slice(0, -1).map((c) => ({ location: sarifLocation(root, c, `passed on by ${c.text}`) })),
                { location: sarifLocation(root, f.sink.location, `sent by ${f.sink.label}`) },
              ],
            })),
          },
        ]
      : undefined;
    const taxonomyIndex = meta.policies.findIndex((p) => p.id === f.policy);
    return {
      ruleId: f.ruleId,
      ruleIndex,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [sarifLocation(root, f.location)],
      partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
      ...(flows ? { codeFlows: flows } : {}),
      ...(f.clause && taxonomyIndex >= 0 ? { taxa: [{ id: f.clause, toolComponent: { name: f.policy, index: taxonomyIndex } }] } : {}),
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
  results.sort((a, b) => compareResults(a, b));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'disclose',
            version: meta.version,
            semanticVersion: meta.version,
            informationUri: INFORMATION_URI,
            rules,
            supportedTaxonomies: taxonomies.map((t, index) => ({ name: t.name, index })),
          },
        },
        taxonomies,
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

interface KeyedResult {
  ruleId: string;
  partialFingerprints?: Record<string, string>;
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }>;
}

/** One order for a single run and for merged shards, so that the two are identical. */
export function resultKey(r: KeyedResult): string {
  const loc = r.locations?.[0]?.physicalLocation;
  return [
    loc?.artifactLocation?.uri ?? '',
    String(loc?.region?.startLine ?? 0).padStart(8, '0'),
    String(loc?.region?.startColumn ?? 0).padStart(6, '0'),
    r.ruleId,
    r.partialFingerprints?.[FINGERPRINT_KEY] ?? '',
  ].join('|');
}

export function compareResults(a: KeyedResult, b: KeyedResult): number {
  const ka = resultKey(a);
  const kb = resultKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
