import type * as ts from 'typescript';

/** A piece of personal data found in code: what it is and where it is read. */
export interface DataItem {
  category: string;
  /** Human label of the category ("e-mail address"). */
  label: string;
  /** Source text of the expression or declaration the data comes from (`user.email`). */
  text: string;
  file: string;
  /** 0-based position of the origin. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  via: 'name' | 'annotation' | 'type' | 'config';
  /** The site (`stripe.com`) whose response this was read from: not news to that site. */
  returnedBy?: string;
  /** Whom a message request is addressed to (`user`, `peer_id` or `to` beside the message): a person the request reaches, never the id of the account it is made as. */
  addressee?: boolean;
}

/**
 * A value that depends on a parameter of a function (index -1: `this`), read through `path`.
 * `weak` holds what the parameter's own name or type says, used when no caller tells more.
 */
export interface ParamRef {
  fn: ts.Node;
  index: number;
  path: readonly string[];
  weak: readonly DataItem[];
  /**
   * Where the parameter (or the part of it read) is declared with a type, or typed by its
   * framework (a handler's request): when nothing else is known, that type tells what it holds.
   */
  typedNode?: ts.Node;
  /**
   * The parameter went through code that cannot be seen (`handler.createEmail(data)` on an
   * `any` handler): what comes out carries all of it, under field names of its own, so reading
   * a field of it does not narrow it down.
   */
  opaque?: true;
}

/**
 * The abstract value of an expression: the personal data it carries, what it owes to
 * parameters, and its known object shape (so that sending `{ plan }` is not sending `user`).
 */
export interface Value {
  readonly items: readonly DataItem[];
  readonly refs: readonly ParamRef[];
  readonly fields?: ReadonlyMap<string, Value>;
  /** Nodes whose static type can tell which personal fields the value has. */
  readonly typed?: readonly ts.Node[];
}

export const EMPTY: Value = Object.freeze({ items: [], refs: [] });

export function isEmpty(v: Value): boolean {
  return v.items.length === 0 && v.refs.length === 0 && !v.fields?.size && !v.typed?.length;
}

function itemKey(i: DataItem): string {
  return `${i.category}|${i.file}|${i.line}|${i.column}`;
}

export function dedupeItems(items: readonly DataItem[]): DataItem[] {
  const seen = new Set<string>();
  const out: DataItem[] = [];
  for (const i of items) {
    const k = itemKey(i);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(i);
    }
  }
  return out;
}

function refKey(r: ParamRef): string {
  return `${r.opaque ? '~' : ''}${r.index}|${r.path.join('.')}`;
}

export function union(...values: Value[]): Value {
  const nonEmpty = values.filter((v) => !isEmpty(v));
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const items = dedupeItems(nonEmpty.flatMap((v) => v.items));
  const refs: ParamRef[] = [];
  const seenRefs = new Map<ts.Node, Set<string>>();
  for (const v of nonEmpty)
    for (const r of v.refs) {
      let s = seenRefs.get(r.fn);
      if (!s) seenRefs.set(r.fn, (s = new Set()));
      const k = refKey(r);
      if (!s.has(k)) {
        s.add(k);
        refs.push(r);
      }
    }
  let fields: Map<string, Value> | undefined;
  for (const v of nonEmpty)
    if (v.fields)
      for (const [k, fv] of v.fields) {
        fields ??= new Map();
        const prev = fields.get(k);
        fields.set(k, prev ? union(prev, fv) : fv);
      }
  const typed = nonEmpty.flatMap((v) => v.typed ?? []);
  return { items, refs, fields, typed: typed.length ? typed : undefined };
}

export function itemsValue(items: DataItem[]): Value {
  return items.length ? { items, refs: [] } : EMPTY;
}

export function objectValue(fields: Map<string, Value>, extra: Value = EMPTY): Value {
  return union({ items: [], refs: [], fields }, extra);
}

/** Strips the object shape: what remains is what the value carries as a whole. */
export function withoutFields(v: Value): Value {
  return { items: v.items, refs: v.refs, typed: v.typed };
}

/** Everything a value carries, fields included, as one flat value: what a string built from it holds. */
export function collapse(v: Value, depth = 0): Value {
  if (!v.fields || depth > 6) return v.fields ? withoutFields(v) : v;
  return union(withoutFields(v), ...[...v.fields.values()].map((f) => collapse(f, depth + 1)));
}

/**
 * What an opaque transform of `v` gives (the result of a call whose code cannot be seen): all
 * that `v` carries, without its shape, and parameters it owes to read as a whole by any field.
 */
export function opaqueOf(v: Value): Value {
  const flat = collapse(v);
  if (flat.items.length === 0 && flat.refs.length === 0) return EMPTY;
  return { items: flat.items, refs: flat.refs.map((r) => (r.opaque ? r : { ...r, opaque: true as const })) };
}

/** The opaque parameter references of a value: any field read from it still carries them. */
export function opaqueRefs(v: Value): ParamRef[] {
  return v.refs.filter((r) => r.opaque);
}
