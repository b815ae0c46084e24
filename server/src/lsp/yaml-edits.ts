import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { ConditionField } from '../analysis/policy/policy-pack';
import type { ConditionValue } from '../reporting/policy-placeholders';

/**
 * Edits of .disclose.yaml that keep the user's comments, order and formatting: the `yaml`
 * library's document model round-trips what it does not touch.
 */
export interface NewRecipient {
  id: string;
  name: string;
  category: string;
  hosts: string[];
  packages: string[];
}

/** A new file names the policy pack in force, so creating it changes no verdict but the recipient's. */
function header(policy: string): string {
  return `# Disclose configuration: who this codebase shares personal data with.
# See https://github.com/disclose-dev/disclose#configuration-discloseyaml
policy: ${/^[\w./-]+$/.test(policy) ? policy : JSON.stringify(policy)}
`;
}

function load(text: string | undefined, policy?: string): Document {
  if (!(text && text.trim()) && policy === undefined) throw new Error('a new .disclose.yaml needs the policy in force');
  const doc = parseDocument(text && text.trim() ? text : header(policy!), { keepSourceTokens: true });
  if (doc.errors.length) throw new Error(`.disclose.yaml does not parse: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc;
}

/** `policy`: how a new file names the pack in force (see policyReference); kept in an existing one. */
export function addRecipient(text: string | undefined, r: NewRecipient, policy: string): string {
  const doc = load(text, policy);
  let seq = doc.get('recipients', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('recipients', seq);
  }
  const entry = doc.createNode({
    id: r.id,
    name: r.name,
    category: r.category,
    match: { ...(r.hosts.length ? { hosts: r.hosts } : {}), ...(r.packages.length ? { packages: r.packages } : {}) },
  }) as YAMLMap;
  for (const key of ['hosts', 'packages']) {
    const list = (entry.get('match', true) as YAMLMap | undefined)?.get(key, true);
    if (isSeq(list)) list.flow = true;
  }
  (seq as YAMLSeq).items.push(entry);
  return doc.toString({ lineWidth: 0 });
}

/** Sets a condition field (purposes, legalBasis, nda) of a declared recipient to `value`. */
export function addCondition(text: string, recipientId: string, field: ConditionField, value: ConditionValue): string {
  const doc = load(text);
  const seq = doc.get('recipients', true);
  if (!isSeq(seq)) throw new Error('.disclose.yaml has no recipients list');
  const entry = seq.items.find((i) => isMap(i) && i.get('id') === recipientId);
  if (!isMap(entry)) throw new Error(`.disclose.yaml declares no recipient '${recipientId}'`);
  const node = doc.createNode(value);
  if (isSeq(node)) node.flow = true;
  entry.set(field, node);
  return doc.toString({ lineWidth: 0 });
}

export { recipientIdFor } from '../reporting/recipient-ids';
