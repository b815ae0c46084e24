import type ts from 'typescript';
import { recipientAbove, recipientOfEnclosing } from '../config/annotations';
import type { DiscloseConfig, Recipient } from '../config/config';
import { categoryById, evaluatePolicy } from '../policy/policy-pack';
import { type RuleId, ruleInfo } from '../policy/rule-registry';
import { type Resolution, resolveSdkEndpoint, resolveUrlEndpoint } from '../recipients/recipient-resolver';
import { containerName, nodeRange, shortText } from '../ts-helpers';
import type { DataEvaluator } from '../values/data-evaluator';
import { type DataItem, dedupeItems, type Value } from '../values/values';
import { withoutRecipientIssuedIds } from './account-credentials';
import type { CodeLocation, Flow } from './finding';
import { findingMessage } from './finding-messages';
import type { SinkEvent } from './flow-summaries';
import { hostOfResolution, withoutRoundTrip } from './round-trip';

export interface FlowOptions {
  reportUnresolved?: boolean;
  includePermitted?: boolean;
  isVendorHost(host: string): boolean;
  /** Whether a word names an owner that is not a person (an organisation, a company). */
  isNonPersonOwner(word: string): boolean;
}

/**
 * The flow one sink event of a unit stands for, judged by the policy: undefined when it carries
 * no personal data, goes to an internal endpoint, or is permitted and permitted flows are not
 * asked for. A unit with callers leaves its own parameters to them (they report what they pass).
 */
export function buildFlow(
  e: SinkEvent,
  unit: ts.Node,
  hasCallers: boolean,
  config: DiscloseConfig,
  data: DataEvaluator,
  options: FlowOptions,
): Flow | undefined {
  // Where it goes first: what an internal call carries is never asked about (its data can
  // cost the checker the types of every value sent).
  const annotatedId = annotatedRecipient(e);
  const annotated = annotatedId ? config.recipients.find((r) => r.id === annotatedId) : undefined;
  const resolution: Resolution = e.sink.sdk
    ? resolveSdkEndpoint(config, e.sink.sdk.entry, e.sink.sdk.module, annotated)
    : resolveUrlEndpoint(config, e.endpoint, annotated, options.isVendorHost);
  if (resolution.kind === 'internal') return undefined;
  if (resolution.kind === 'unresolved' && !options.reportUnresolved && !annotatedId) return undefined;
  let items = reportedItems(e, unit, hasCallers, data);
  if (items.length === 0) return undefined;
  items = withoutRoundTrip(items, hostOfResolution(resolution));
  items = withoutRecipientIssuedIds(items, hostOfResolution(resolution), e.chain, !!e.sink.sdk, options.isNonPersonOwner);
  if (items.length === 0) return undefined;

  const categories = [...new Set(items.map((i) => i.category))].sort();
  const labelOf = (c: string) => items.find((i) => i.category === c)?.label ?? c;
  const recipient: Recipient | null = resolution.kind === 'recipient' ? resolution.recipient : null;
  let rule: RuleId | null;
  let verdict = evaluatePolicy(config.policy, recipient, categories);
  if (resolution.kind === 'unresolved' && !annotatedId) {
    rule = 'unresolved-endpoint';
    verdict = { ...verdict, clause: null, rule: null };
  } else rule = verdict.rule;
  if (!rule && !options.includePermitted) return undefined;

  const host = resolution.kind === 'undeclared' ? resolution.host : resolution.kind === 'recipient' ? resolution.host : null;
  const endpoint = resolution.endpoint;
  const rc = recipient ? categoryById(config.policy, recipient.category) : undefined;
  const target = recipient
    ? (recipient.name ?? recipient.id)
    : resolution.kind === 'undeclared'
      ? e.sink.sdk
        ? e.sink.sdk.entry.vendor
        : resolution.host
      : endpoint;
  const message = !rule
    ? `Sends ${categories.map(labelOf).join(', ')} to ${target} — permitted by the clause "${verdict.clause?.title.en}"`
    : findingMessage({
        rule,
        dataLabels: categories.map(labelOf),
        notPermittedLabels: verdict.notPermitted.map(labelOf),
        target,
        recipientCategoryLabel: rc?.label.en ?? null,
        clauseTitle: verdict.clause?.title.en ?? null,
        missing: verdict.missing.map((m) => m.label.en),
        policy: config.policy,
        unknownAnnotation: annotatedId && !annotated ? annotatedId : undefined,
      });
  return {
    ruleId: rule,
    severity: rule ? ruleInfo(rule).severity : null,
    suppressed: false,
    fingerprint: '',
    message,
    location: location(e.site),
    dataCategories: categories,
    data: items,
    recipient: recipient?.id ?? null,
    recipientName: recipient?.name ?? null,
    recipientCategory: recipient?.category ?? null,
    recipientLocation: recipient?.location,
    endpoint,
    host,
    clause: verdict.clause?.id ?? null,
    clauseTitle: verdict.clause?.title.en ?? null,
    clauseHref: verdict.clause?.href ?? null,
    policy: config.policy.id,
    conditionsMet: verdict.met.map((m) => m.field),
    conditionsMissing: verdict.missing.map((m) => m.field),
    notPermitted: verdict.notPermitted,
    sink: {
      kind: e.sink.kind,
      label: e.sink.label,
      vendor: e.sink.sdk?.entry.vendor ?? null,
      module: e.sink.sdk?.module ?? e.sink.sdk?.entry.packages[0] ?? null,
      location: location(e.sink.call),
    },
    chain: e.chain.map((c) => location(c)),
    configFile: config.file ?? null,
    annotatedRecipient: annotatedId ?? null,
    container: containerName(e.site),
  };
}

function location(node: ts.Node, text?: string): CodeLocation {
  const sf = node.getSourceFile();
  return { file: sf.fileName, ...nodeRange(node, sf), text: text ?? shortText(node) };
}

function reportedItems(e: SinkEvent, unit: ts.Node, hasCallers: boolean, data: DataEvaluator): DataItem[] {
  let v: Value = e.data;
  // Own parameters: callers report what they pass. Everything else unknown: what its names say.
  v = { ...v, refs: v.refs.filter((r) => !(hasCallers && r.fn === unit)) };
  if (hasCallers) v = dropFieldRefs(v, unit);
  return dedupeItems(data.sentItems(data.concretize(v)));
}

function dropFieldRefs(v: Value, fn: ts.Node): Value {
  if (!v.fields) return v;
  const fields = new Map<string, Value>();
  for (const [k, f] of v.fields) fields.set(k, dropFieldRefs({ ...f, refs: f.refs.filter((r) => r.fn !== fn) }, fn));
  return { ...v, fields };
}

function annotatedRecipient(e: SinkEvent): string | undefined {
  for (const c of e.chain) {
    const above = recipientAbove(c);
    if (above) return above;
  }
  for (let i = e.chain.length - 1; i >= 0; i--) {
    const enclosing = recipientOfEnclosing(e.chain[i]!);
    if (enclosing) return enclosing;
  }
  return undefined;
}
