import { isMap, isSeq, parseDocument, type YAMLMap, YAMLSeq, type Document } from 'yaml';

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

const HEADER = `# Disclose configuration: who this codebase shares personal data with.
# See https://github.com/disclose-dev/disclose#configuration-discloseyaml
policy: visma-no
`;

function load(text: string | undefined): Document {
  const doc = parseDocument(text && text.trim() ? text : HEADER, { keepSourceTokens: true });
  if (doc.errors.length) throw new Error(`.disclose.yaml does not parse: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc;
}

export function addRecipient(text: string | undefined, r: NewRecipient): string {
  const doc = load(text);
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

export const CONDITION_PLACEHOLDERS = {
  purposes: ['delivering-the-service'],
  legalBasis: 'court-order',
  nda: true,
} as const;

export function addCondition(text: string, recipientId: string, field: keyof typeof CONDITION_PLACEHOLDERS): string {
  const doc = load(text);
  const seq = doc.get('recipients', true);
  if (!isSeq(seq)) throw new Error('.disclose.yaml has no recipients list');
  const entry = seq.items.find((i) => isMap(i) && i.get('id') === recipientId);
  if (!isMap(entry)) throw new Error(`.disclose.yaml declares no recipient '${recipientId}'`);
  const value = doc.createNode(CONDITION_PLACEHOLDERS[field]);
  if (isSeq(value)) value.flow = true;
  entry.set(field, value);
  return doc.toString({ lineWidth: 0 });
}

export { recipientIdFor } from '../reporting/recipient-ids';
