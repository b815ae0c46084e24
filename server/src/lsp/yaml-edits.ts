import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, YAMLSeq } from 'yaml';
import { diffHunks } from '../analysis/incremental/text-diff';
import type { ConditionField } from '../analysis/policy/policy-pack';
import type { ConditionValue } from '../reporting/policy-placeholders';

/**
 * Edits of .disclose.yaml that keep the user's comments, order and formatting. The new entry
 * or key is inserted as text where it belongs (the document model only says where), so the
 * rest of the file stays byte for byte as the user wrote it; where the shape is unusual (a
 * flow-style list, a key already present) the `yaml` library's round-trip is the fallback,
 * and even then only the spans that differ are replaced.
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

/** Replace `start`..`end` (offsets in the old text) by `newText`. */
export interface YamlEdit {
  start: number;
  end: number;
  newText: string;
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

export function applyYamlEdits(text: string, edits: readonly YamlEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The spans where a whole re-rendered document differs from the text. */
function diffEdits(before: string, after: string): YamlEdit[] {
  return diffHunks(before, after).map((h) => ({ start: h.oldStart, end: h.oldEnd, newText: after.slice(h.newStart, h.newEnd) }));
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line that holds `offset` (or the end of the text). */
function afterLineOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(offset - 1, 0));
  return nl === -1 ? text.length : nl + 1;
}

function indentLines(block: string, indent: string): string {
  return block
    .split('\n')
    .map((l) => (l ? indent + l : l))
    .join('\n');
}

/** Text to insert at `at`: on a line of its own, whether or not the file ends with a newline. */
function insertion(text: string, at: number, block: string): YamlEdit {
  // The file's own line ends (a file saved on Windows keeps CRLF).
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return { start: at, end: at, newText: ((needsBreak ? '\n' : '') + block).replace(/\r?\n/g, eol) };
}

function recipientNode(doc: Document, r: NewRecipient): YAMLMap {
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
  return entry;
}

/**
 * The edits that declare a recipient: its entry after the last one of `recipients:`.
 * `policy`: how a new file names the pack in force (see policyReference); kept in an existing one.
 */
export function addRecipientEdits(text: string | undefined, r: NewRecipient, policy: string): YamlEdit[] {
  const original = text ?? '';
  const base = original.trim() ? original : '';
  const doc = load(base || undefined, policy);
  const entry = recipientNode(doc, r);
  const asItem = new Document([entry]).toString(STRINGIFY);
  if (!base) {
    // A new file: the header, then the list.
    return [{ start: 0, end: original.length, newText: doc.toString(STRINGIFY) + 'recipients:\n' + indentLines(asItem, '  ') }];
  }
  const seq = doc.get('recipients', true);
  if (seq === undefined || (isScalar(seq) && seq.value === null)) {
    const key =
      doc.contents && isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'recipients') : undefined;
    if (!key) return [insertion(base, base.length, 'recipients:\n' + indentLines(asItem, '  '))];
    // `recipients:` with nothing under it yet.
    const keyEnd = (key.key as { range?: [number, number, number] }).range?.[1];
    const restOfLine = keyEnd === undefined ? '' : base.slice(keyEnd, afterLineOf(base, keyEnd + 1)).trim();
    if (keyEnd !== undefined && /^:\s*(#.*)?$/.test(restOfLine))
      return [insertion(base, afterLineOf(base, keyEnd + 1), indentLines(asItem, '  '))];
  }
  if (isSeq(seq) && !seq.flow && seq.items.length > 0) {
    const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] } | undefined;
    const first = seq.items[0] as { range?: [number, number, number] } | undefined;
    const firstStart = first?.range?.[0];
    const lastEnd = last?.range?.[1];
    if (firstStart !== undefined && lastEnd !== undefined) {
      const dash = /^([ \t]*)-/.exec(base.slice(lineStartOf(base, firstStart), firstStart));
      if (dash) return [insertion(base, afterLineOf(base, lastEnd), indentLines(asItem, dash[1]!))];
    }
  }
  // An unusual shape (`recipients: []`, a flow list): the document model's rendering, as spans.
  return diffEdits(original, addRecipientByModel(base, entry));
}

function addRecipientByModel(text: string, entry: YAMLMap): string {
  const doc = load(text);
  let seq = doc.get('recipients', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('recipients', seq);
  }
  (seq as YAMLSeq).items.push(entry);
  return doc.toString(STRINGIFY);
}

export function addRecipient(text: string | undefined, r: NewRecipient, policy: string): string {
  return applyYamlEdits(text ?? '', addRecipientEdits(text, r, policy));
}

/** The edits that set a condition field of a recipient to `value` (the pack's placeholder), as a line after its last key. */
export function addConditionEdits(text: string, recipientId: string, field: ConditionField, value: ConditionValue): YamlEdit[] {
  const doc = load(text);
  const seq = doc.get('recipients', true);
  if (!isSeq(seq)) throw new Error('.disclose.yaml has no recipients list');
  const entry = seq.items.find((i) => isMap(i) && i.get('id') === recipientId);
  if (!isMap(entry)) throw new Error(`.disclose.yaml declares no recipient '${recipientId}'`);
  const node = doc.createNode(value);
  if (isSeq(node)) node.flow = true;
  const rendered = new Document({ [field]: node }).toString(STRINGIFY);
  const pairs = entry.items;
  const firstKey = pairs[0]?.key as { range?: [number, number, number] } | undefined;
  const lastPair = pairs[pairs.length - 1];
  const lastEnd =
    (lastPair?.value as { range?: [number, number, number] } | null | undefined)?.range?.[1] ??
    (lastPair?.key as { range?: [number, number, number] } | undefined)?.range?.[1];
  if (!entry.flow && !entry.has(field) && firstKey?.range && lastEnd !== undefined) {
    const keyColumn = firstKey.range[0] - lineStartOf(text, firstKey.range[0]);
    return [insertion(text, afterLineOf(text, lastEnd), indentLines(rendered, ' '.repeat(keyColumn)))];
  }
  entry.set(field, node);
  return diffEdits(text, doc.toString(STRINGIFY));
}

export function addCondition(text: string, recipientId: string, field: ConditionField, value: ConditionValue): string {
  return applyYamlEdits(text, addConditionEdits(text, recipientId, field, value));
}

export { recipientIdFor } from '../reporting/recipient-ids';
