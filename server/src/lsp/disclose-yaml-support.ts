import { type CompletionItem, CompletionItemKind, type Hover, MarkupKind, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configSchemaObject } from '../analysis/config/config';
import type { PolicyPack } from '../analysis/policy/policy-pack';
import { local } from './hover-text';

/**
 * Completion and hover inside .disclose.yaml, from the shipped JSON schema and the policy
 * pack in force: keys where a key goes, recipient categories after `category:`.
 */
interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  type?: string;
}

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.split('/').pop()!;
  return (configSchemaObject() as { definitions: Record<string, SchemaNode> }).definitions[name];
}

/** The chain of keys that encloses a line, from its indentation and the lines above. */
function pathAt(doc: TextDocument, line: number, indent: number): string[] {
  const path: string[] = [];
  let want = indent;
  for (let l = line - 1; l >= 0 && want > 0; l--) {
    const text = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, '');
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const m = /^(\s*)(- )?([A-Za-z][\w-]*)\s*:/.exec(text);
    const lineIndent = /^\s*/.exec(text)![0].length;
    if (m && lineIndent < want) {
      path.unshift(m[3]!);
      want = lineIndent;
    } else if (/^\s*- /.test(text) && lineIndent < want) want = lineIndent + 1;
  }
  return path;
}

function schemaAt(path: string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = configSchemaObject() as SchemaNode;
  for (const key of path) {
    node = resolve(node);
    node = node?.properties?.[key] ?? resolve(node?.items)?.properties?.[key];
    node = resolve(node);
    if (node?.items) node = resolve(node.items) ?? node;
  }
  return resolve(node);
}

export function yamlCompletions(doc: TextDocument, pos: Position, pack: PolicyPack, locale: string | undefined): CompletionItem[] {
  const lineText = doc.getText({ start: { line: pos.line, character: 0 }, end: pos });
  if (/^\s*(- )?category:\s*\S*$/.test(lineText)) {
    return pack.recipientCategories.map((c) => {
      const clause = pack.clauses.find((x) => x.id === c.clause);
      return {
        label: c.id,
        kind: CompletionItemKind.EnumMember,
        detail: local(c.label, locale),
        documentation: clause
          ? {
              kind: MarkupKind.Markdown,
              value: `**${local(clause.title, locale)}** — ${local(clause.summary, locale)}\n\n[${clause.href}](${clause.href})`,
            }
          : undefined,
      };
    });
  }
  if (!/^\s*(- )?[\w-]*$/.test(lineText)) return [];
  const indent = /^\s*(- )?/.exec(lineText)![0].length;
  const node = schemaAt(pathAt(doc, pos.line, indent));
  const props = node?.properties ?? {};
  return Object.entries(props).map(([key, sub]) => ({
    label: key,
    kind: CompletionItemKind.Property,
    insertText: `${key}: `,
    documentation: resolve(sub)?.description ?? sub.description,
  }));
}

export function yamlHover(doc: TextDocument, pos: Position, pack: PolicyPack, locale: string | undefined): Hover | null {
  const lineText = doc
    .getText({ start: { line: pos.line, character: 0 }, end: { line: pos.line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
  const m = /^(\s*)(- )?([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(lineText);
  if (!m) return null;
  const keyStart = m[1]!.length + (m[2]?.length ?? 0);
  const key = m[3]!;
  const valueStart = lineText.indexOf(':', keyStart) + 1;
  if (key === 'category' && pos.character > valueStart) {
    const id = m[4]!.trim().replace(/^["']|["']$/g, '');
    const c = pack.recipientCategories.find((x) => x.id === id);
    const clause = c && pack.clauses.find((x) => x.id === c.clause);
    if (!c || !clause) return null;
    return {
      contents: {
        kind: MarkupKind.Markdown,
        value: `**${local(c.label, locale)}** · [${local(clause.title, locale)}](${clause.href})\n\n${local(clause.summary, locale)}`,
      },
    };
  }
  if (pos.character < keyStart || pos.character > keyStart + key.length) return null;
  const node = schemaAt([...pathAt(doc, pos.line, keyStart), key]);
  const description = node?.description;
  return description
    ? {
        contents: { kind: MarkupKind.Markdown, value: `\`${key}\`: ${description}` },
        range: { start: { line: pos.line, character: keyStart }, end: { line: pos.line, character: keyStart + key.length } },
      }
    : null;
}
