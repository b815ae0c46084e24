import ts from 'typescript';
import {
  type FunctionLike,
  isFunctionLikeWithBody,
  nodeRange,
  parameterIndex,
  personalTag,
  returnedExpressions,
  rightmostName,
  shortText,
  skipOuterExpressions,
  staticPropertyName,
} from '../ts-helpers';
import { ELEMENT_CALLBACK_METHODS } from './array-callbacks';
import { type EmitSites, handledEvent, sameEmitter } from './event-emitters';
import { calledFunction, mayNameModuleFunction } from './function-resolution';
import { splitIdentifier } from './identifier-words';
import type { Lexicon, LexiconMatch } from './lexicon';
import { mayNameClassField, programNamesOf } from './program-names';
import { handlerParameterType, requestMemberType } from './request-types';
import { type SchemaKey, schemaKeys } from './schema-shapes';
import { enclosingClass, resolveIdentifier } from './symbols';
import { callsUnseenCode } from './unseen-calls';
import {
  collapse,
  type DataItem,
  dedupeItems,
  EMPTY,
  isEmpty,
  itemsValue,
  objectValue,
  opaqueOf,
  opaqueRefs,
  type ParamRef,
  union,
  type Value,
  withoutFields,
} from './values';
import { setterField, type WriteIndex } from './write-index';

/** Functions that remove or mask a value: their result is no longer personal data. */
const MASKING_VERBS = new Set([
  'mask',
  'redact',
  'anonymize',
  'anonymise',
  'anonymized',
  'scrub',
  'obfuscate',
  'censor',
  'strip',
  'remove',
  'drop',
  'omit',
  'maskere',
  'anonymiser',
]);
/** Functions whose result carries their argument: encoders, formatters, hashes (still personal). */
const CARRIER_FUNCTIONS = new Set([
  'String',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'btoa',
  'atob',
  'structuredClone',
  'Number',
  'BigInt',
  'decodeURIComponent',
  'unescape',
]);
const CARRIER_VERBS = new Set([
  'format',
  'encode',
  'serialize',
  'serialise',
  'stringify',
  'hash',
  'sha',
  'sha1',
  'sha256',
  'sha512',
  'md5',
  'encrypt',
  'cipher',
  'digest',
  'normalize',
  'normalise',
  'lower',
  'upper',
  'trim',
  'capitalize',
  'escape',
  'sanitize',
  'clean',
  'to',
  'pick',
  'clone',
  'copy',
  'merge',
  'build',
  'compose',
  'wrap',
  'with',
  'make',
  'create',
  'convert',
  'map',
  'transform',
  'prepare',
  'render',
]);
/** Verbs of getters whose name says what they return: `getUserEmail()` → e-mail. */
const GETTER_VERBS = new Set(['get', 'fetch', 'load', 'read', 'find', 'lookup', 'select', 'resolve', 'retrieve', 'query', 'hent', 'finn']);
/** Categories that describe a business as often as a person. */
const BUSINESS_CATEGORIES = ['user.contact.organization', 'user.workplace'];
/** Results that no longer identify anyone. */
const NON_IDENTIFYING_PROPS = new Set(['length', 'size', 'byteLength', 'count']);
const PREDICATE_METHODS = new Set([
  'includes',
  'some',
  'every',
  'indexOf',
  'lastIndexOf',
  'has',
  'test',
  'startsWith',
  'endsWith',
  'localeCompare',
  'findIndex',
  'isValid',
  'equals',
  'hasOwnProperty',
  'keys',
  'search',
  'getTime',
]);
const RECEIVER_CARRIERS = new Set([
  'filter',
  'find',
  'findLast',
  'slice',
  'sort',
  'reverse',
  'flat',
  'at',
  'concat',
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'normalize',
  'padStart',
  'padEnd',
  'replace',
  'replaceAll',
  'split',
  'join',
  'substring',
  'substr',
  'toString',
  'valueOf',
  'toJSON',
  'catch',
  'finally',
  'get',
  'getAll',
  'values',
  'entries',
  'digest',
  'toISOString',
  'toFixed',
  'repeat',
  'charAt',
  'match',
  'matchAll',
  'toSorted',
  'toReversed',
  'with',
  'clone',
  'json',
  'text',
]);

/** The receiver under calls of carrier methods (`row.phones.split(',').filter(Boolean)` → `row.phones`); `map` too when asked. */
function throughCarriers(e: ts.Expression, orMap: boolean): ts.Expression {
  let x = skipOuterExpressions(e);
  while (
    ts.isCallExpression(x) &&
    ts.isPropertyAccessExpression(x.expression) &&
    (RECEIVER_CARRIERS.has(x.expression.name.text) || (orMap && x.expression.name.text === 'map'))
  )
    x = skipOuterExpressions(x.expression.expression);
  return x;
}
/** Builders whose arguments become part of the receiver: `hash.update(email).digest('hex')`. */
const BUILDER_METHODS = new Set(['update', 'concat', 'append', 'add', 'push', 'write', 'set', 'setOnce', 'put']);
/** Properties through which a wrapper exposes the value it wraps. */
const TRANSPARENT_PROPS = new Set(['value', 'current', 'data', 'payload', 'body', 'values', 'params', 'query', 'fields']);

export interface EvaluatorOptions {
  lexicon: Lexicon;
  sanitizers: readonly string[];
  /** The emit sites of the analysed program, for handlers of domain events. */
  emits?: EmitSites;
  /** The site whose response a call returns (see round-trip.ts). */
  resultSite?: (call: ts.CallExpression) => string | undefined;
  /** Whether any file of the program may carry an `@personal` annotation; when not, no declaration is looked up for one. */
  mayHaveAnnotations?: () => boolean;
}

/**
 * Computes, on demand, what personal data an expression carries. Demand-driven from sinks,
 * memoised per node and per symbol, so files without sinks cost nothing beyond parsing.
 */
export class DataEvaluator {
  private readonly exprCache = new Map<ts.Node, Value>();
  private readonly symbolCache = new Map<ts.Symbol, Value>();
  private readonly returnCache = new Map<ts.Node, Value>();
  private readonly typeCache = new Map<ts.Type, Array<{ name: string; category: string; label: string }>>();
  private readonly sanitizers: Set<string>;

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly writesOf: (sf: ts.SourceFile) => WriteIndex,
    private readonly options: EvaluatorOptions,
  ) {
    this.sanitizers = new Set(options.sanitizers);
  }

  get lexicon(): Lexicon {
    return this.options.lexicon;
  }

  // ---- items ----------------------------------------------------------------------------

  makeItem(match: Pick<LexiconMatch, 'category' | 'label'>, node: ts.Node, via: DataItem['via'], text = shortText(node)): DataItem {
    const sf = node.getSourceFile();
    return { category: match.category, label: match.label, text, file: sf.fileName, ...nodeRange(node, sf), via };
  }

  private annotationItem(decl: ts.Node | undefined, at: ts.Node, text?: string): DataItem | undefined {
    if (!decl) return undefined;
    const category = personalTag(decl);
    if (!category) return undefined;
    return this.makeItem({ category, label: this.lexicon.labelOf(category) }, at, 'annotation', text);
  }

  /** What a value parsed by a schema holds: each key, by its name or its validator (`.email()`). */
  private schemaValue(keys: Map<string, SchemaKey>): Value {
    const fields = new Map<string, Value>();
    for (const [key, k] of keys) {
      const byValidator = [...k.validators].map((v) => VALIDATOR_CATEGORIES[v]).find(isDefined);
      const item =
        this.nameItem(key, k.node) ??
        (byValidator ? this.makeItem({ category: byValidator, label: this.lexicon.labelOf(byValidator) }, k.node, 'type') : undefined);
      fields.set(key, item ? itemsValue([item]) : EMPTY);
    }
    return objectValue(fields);
  }

  private nameItem(name: string, at: ts.Node, receiver?: string): DataItem | undefined {
    const m = this.lexicon.match(name, receiver);
    return m ? this.makeItem(m, at, 'name') : undefined;
  }

  /** An addressing key of a message request (`to`, `user`, `number` beside `message`): the recipient. */
  private addresseeItem(key: string, siblingKeys: readonly string[], at: ts.Node, value: ts.Expression): DataItem | undefined {
    // `settings.smsTo.trim()`: the name of what is carried, not of the carrier method.
    let x = throughCarriers(value, false);
    // An element of a stored list: `settings.smsTo.split(',').map((to) => …)`, `for (const to of row.recipients)`.
    if (ts.isIdentifier(x)) x = this.storedListOf(x) ?? x;
    // Only a stored addressee (`settings.smsTo`, `row.userKey`): a bare variable under `to` is
    // whatever its caller passes, the organisation's own mailbox as often as a person.
    if (!ts.isPropertyAccessExpression(x) && !ts.isElementAccessExpression(x)) return undefined;
    const m = this.lexicon.addressee(key, siblingKeys, rightmostName(x));
    return m ? { ...this.makeItem(m, at, 'name'), addressee: true } : undefined;
  }

  /**
   * The stored list a variable is one element of: the callback parameter of `list.map(…)` or
   * `list.forEach(…)`, or the variable of `for (… of list)`, through copies and the carriers a
   * list passes through (`split`, `filter`, `trim`). Undefined when it is anything else.
   */
  private storedListOf(id: ts.Identifier, depth = 0): ts.Expression | undefined {
    if (depth > 3) return undefined;
    const r = resolveIdentifier(this.checker, id);
    if (r.kind !== 'decl') return undefined;
    const d = r.decl;
    let source: ts.Expression | undefined;
    if (ts.isParameter(d) && d.parent.parameters[0] === d && isFunctionLikeWithBody(d.parent)) {
      let cb: ts.Node = d.parent;
      while (ts.isParenthesizedExpression(cb.parent)) cb = cb.parent;
      const call = cb.parent;
      if (
        ts.isCallExpression(call) &&
        call.arguments[0] === cb &&
        ts.isPropertyAccessExpression(call.expression) &&
        ELEMENT_CALLBACK_METHODS.has(call.expression.name.text)
      )
        source = call.expression.expression;
    } else if (ts.isVariableDeclaration(d) && ts.isVariableDeclarationList(d.parent) && ts.isForOfStatement(d.parent.parent))
      source = d.parent.parent.expression;
    else if (ts.isVariableDeclaration(d) && d.initializer && depth > 0) source = d.initializer;
    if (!source) return undefined;
    // A list keeps its elements' origin through `map` too (`.split(',').map((n) => n.trim())`).
    const x = throughCarriers(source, true);
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) return x;
    return ts.isIdentifier(x) ? this.storedListOf(x, depth + 1) : undefined;
  }

  /**
   * `row.name` where `row: Customer`: the type qualifies the name. Not for a company's own
   * fields: a B2B customer record's company name is business data.
   */
  private typeQualifiedItem(name: string, at: ts.Node, typeName: string | undefined): DataItem | undefined {
    const item = typeName ? this.nameItem(name, at, typeName) : undefined;
    return item && !BUSINESS_CATEGORIES.some((c) => item.category.startsWith(c)) ? item : undefined;
  }

  /**
   * Adds what a name says (`const email = …`, `{ epost: x }`) to a value. When the value only
   * depends on parameters, the evidence belongs to the callers, so it goes into the refs.
   */
  private withEvidence(v: Value, evidence: DataItem[]): Value {
    if (evidence.length === 0) return v;
    if (v.refs.length > 0 && v.items.length === 0 && !v.fields?.size) {
      return { ...v, refs: v.refs.map((r) => ({ ...r, weak: dedupeItems([...r.weak, ...evidence]) })) };
    }
    return union(v, itemsValue(evidence));
  }

  // ---- expressions -----------------------------------------------------------------------

  eval(expr: ts.Expression): Value {
    const cached = this.exprCache.get(expr);
    if (cached) return cached;
    this.exprCache.set(expr, EMPTY); // cycle guard: a value that reaches itself adds nothing
    let v: Value;
    try {
      v = this.compute(expr);
    } catch (e) {
      if (e instanceof RangeError)
        v = EMPTY; // pathological nesting: give up on this value only
      else throw e;
    }
    this.exprCache.set(expr, v);
    return v;
  }

  private compute(expr: ts.Expression): Value {
    const e = expr;
    if ((ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) && isShapeType(e.type)) {
      // `req.body as Kontaktperson`, `res.locals.users as User[]`: the asserted type tells what the opaque value holds.
      return union(this.eval(e.expression), { items: [], refs: [], typed: [e] });
    }
    if (
      ts.isParenthesizedExpression(e) ||
      ts.isAsExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isTypeAssertionExpression(e) ||
      ts.isSatisfiesExpression(e) ||
      ts.isAwaitExpression(e) ||
      ts.isSpreadElement(e)
    ) {
      return this.eval(e.expression);
    }
    if (isLiteral(e)) return EMPTY;
    if (ts.isTemplateExpression(e)) return withoutTyped(union(...e.templateSpans.map((s) => collapse(this.eval(s.expression)))));
    if (ts.isTaggedTemplateExpression(e)) return ts.isTemplateExpression(e.template) ? this.eval(e.template) : EMPTY;
    if (ts.isBinaryExpression(e)) return this.binary(e);
    if (ts.isConditionalExpression(e)) return union(this.eval(e.whenTrue), this.eval(e.whenFalse));
    if (
      ts.isPrefixUnaryExpression(e) ||
      ts.isPostfixUnaryExpression(e) ||
      ts.isTypeOfExpression(e) ||
      ts.isVoidExpression(e) ||
      ts.isDeleteExpression(e)
    )
      return EMPTY;
    if (ts.isObjectLiteralExpression(e)) return this.objectLiteral(e);
    if (ts.isArrayLiteralExpression(e)) return union(...e.elements.map((x) => this.eval(x)));
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (e.kind === ts.SyntaxKind.ThisKeyword) return this.thisValue(e);
    if (ts.isPropertyAccessExpression(e)) return this.member(e, e.name.text);
    if (ts.isElementAccessExpression(e)) {
      const key = staticPropertyName(e.argumentExpression);
      if (key !== undefined && !/^\d+$/.test(key)) return this.member(e, key);
      if (key !== undefined && key !== '0' && isSplitAtSign(e.expression)) return EMPTY; // `email.split('@')[1]`: the domain
      return this.eval(e.expression); // arrays hold their elements' data
    }
    if (ts.isCallExpression(e)) return this.call(e);
    if (ts.isNewExpression(e)) return this.construct(e);
    if (ts.isJsxElement(e) || ts.isJsxSelfClosingElement(e) || ts.isJsxFragment(e)) return this.jsx(e);
    if (ts.isFunctionExpression(e) || ts.isArrowFunction(e) || ts.isClassExpression(e)) return EMPTY;
    return EMPTY;
  }

  /**
   * Markup (an e-mail template, a rendered page) holds what its attributes and `{expr}` children
   * hold. A codebase component (`<Invite name={n} />`) holds what its own markup makes of the props.
   */
  private jsx(e: ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment): Value {
    const opening = ts.isJsxElement(e) ? e.openingElement : ts.isJsxSelfClosingElement(e) ? e : undefined;
    const fields = new Map<string, Value>();
    let spread: Value = EMPTY;
    for (const a of opening?.attributes.properties ?? []) {
      if (ts.isJsxSpreadAttribute(a)) spread = union(spread, this.eval(a.expression));
      else if (a.initializer && ts.isJsxExpression(a.initializer) && a.initializer.expression)
        fields.set(a.name.getText(), this.eval(a.initializer.expression));
      else if (
        a.initializer &&
        (ts.isJsxElement(a.initializer) || ts.isJsxSelfClosingElement(a.initializer) || ts.isJsxFragment(a.initializer))
      )
        fields.set(a.name.getText(), this.jsx(a.initializer));
    }
    const childValues: Value[] = [];
    for (const c of ts.isJsxSelfClosingElement(e) ? [] : e.children) {
      if (ts.isJsxExpression(c)) {
        if (c.expression) childValues.push(this.eval(c.expression));
      } else if (!ts.isJsxText(c)) childValues.push(this.jsx(c));
    }
    const children = union(...childValues);
    const tag = opening?.tagName;
    const component = tag && !(ts.isIdentifier(tag) && /^[a-z]/.test(tag.text)) ? this.resolveFunction(tag as ts.Expression) : undefined;
    if (component) {
      if (!isEmpty(children)) fields.set('children', children);
      const props = objectValue(fields, spread);
      return collapse(
        this.substitute(this.returnValue(component), component, (i) => (i === 0 ? { value: props, unknown: false } : undefined), true),
      );
    }
    return withoutTyped(collapse(union(objectValue(fields, spread), children)));
  }

  private binary(e: ts.BinaryExpression): Value {
    switch (e.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken:
        return withoutTyped(union(collapse(this.eval(e.left)), collapse(this.eval(e.right))));
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
        return union(this.eval(e.left), this.eval(e.right));
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
        return this.eval(e.right);
      case ts.SyntaxKind.EqualsToken:
      case ts.SyntaxKind.BarBarEqualsToken:
      case ts.SyntaxKind.QuestionQuestionEqualsToken:
      case ts.SyntaxKind.PlusEqualsToken:
        return this.eval(e.right);
      default:
        return EMPTY; // comparisons, arithmetic, instanceof, in: no longer the data itself
    }
  }

  private objectLiteral(e: ts.ObjectLiteralExpression): Value {
    const fields = new Map<string, Value>();
    const owner = ownerName(e);
    const keys = e.properties.map((p) => (p.name ? staticPropertyName(p.name) : undefined)).filter(isDefined);
    let spread: Value = EMPTY;
    for (const p of e.properties) {
      if (ts.isSpreadAssignment(p)) {
        spread = union(spread, this.eval(p.expression));
        continue;
      }
      if (ts.isMethodDeclaration(p) || ts.isAccessor(p)) continue;
      const key = staticPropertyName(p.name);
      let v: Value;
      let valueNode: ts.Expression;
      if (ts.isPropertyAssignment(p)) {
        valueNode = p.initializer;
        v = this.eval(p.initializer);
      } else if (ts.isShorthandPropertyAssignment(p)) {
        valueNode = p.name;
        v = this.identifier(p.name);
      } else continue;
      // The key names what is sent (`{ email: getValue() }`), unless the value is known to be
      // something else: a literal, a boolean or count, a sanitised value.
      if (key !== undefined && !isEmpty(collapse(v)) && !isFunctionLikeWithBody(skipOuterExpressions(valueNode))) {
        // The key names what is sent: `{ email: getValue() }`.
        const flat = collapse(v);
        // An object of constants under the key (`recipients: { list_id: 'b91c…' }`) is known too.
        const known = flat.items.length > 0 || flat.refs.some((r) => r.weak.length > 0) || isEmpty(flat);
        const nonPerson = !known && this.ownedByNonPerson(valueNode);
        // `{ user: settings.userKey, message: text }`: beside the message, an addressing key names its recipient.
        const evidence = known || nonPerson ? undefined : (this.nameItem(key, p, owner) ?? this.addresseeItem(key, keys, p, valueNode));
        if (evidence) v = this.withEvidence(v, [evidence]);
        else if (!nonPerson && (flat.items.length > 0 || flat.refs.length > 0)) {
          // `{ msisdn: settings.recipient }`: the key tells which of the person's contact data it is.
          const byKey = this.nameItem(key, p, owner);
          if (byKey) v = narrowed(v, [byKey]);
        }
      }
      // `{ companyName: customer.name }`: the code says whose name it is.
      if (key !== undefined && this.namesAThing(key)) v = withoutCategories(v, THING_IDENTITY_CATEGORIES);
      if (key === undefined) spread = union(spread, v);
      else fields.set(key, fields.has(key) ? union(fields.get(key)!, v) : v);
    }
    // Later keys override spread ones; merging keeps both, which only over-reports.
    return objectValue(fields, spread);
  }

  /** `companyName`, `orgWebsite`: a key for the name or site of a thing (an organisation, a team). */
  private namesAThing(key: string): boolean {
    const words = splitIdentifier(key);
    if (words.length < 2 || !THING_IDENTITY_HEADS.has(words[words.length - 1]!)) return false;
    return this.lexicon.isNonPersonOwner(words.slice(0, -1).join('_'));
  }

  /** `integration.name`, `team?.name`: a field of a thing, which a personal key does not make a person's. */
  private ownedByNonPerson(value: ts.Expression): boolean {
    const x = skipOuterExpressions(value);
    if (!ts.isPropertyAccessExpression(x) && !ts.isElementAccessExpression(x)) return false;
    const owner = rightmostName(x.expression);
    return owner !== undefined && this.lexicon.isNonPersonOwner(owner);
  }

  // ---- identifiers and symbols -------------------------------------------------------------

  private identifier(id: ts.Identifier): Value {
    if (id.text === 'undefined') return EMPTY;
    const r = resolveIdentifier(this.checker, id);
    switch (r.kind) {
      case 'decl':
        return this.symbolValue(r.symbol, r.decl);
      case 'global':
      case 'external':
      case 'none': {
        const item = this.nameItem(id.text, id);
        return item ? itemsValue([item]) : EMPTY;
      }
    }
  }

  private symbolValue(symbol: ts.Symbol, decl: ts.Declaration): Value {
    const cached = this.symbolCache.get(symbol);
    if (cached) return cached;
    this.symbolCache.set(symbol, EMPTY);
    const v = this.declarationValue(symbol, decl);
    this.symbolCache.set(symbol, v);
    return v;
  }

  private declarationValue(symbol: ts.Symbol, decl: ts.Declaration): Value {
    if (ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name)) {
      let v = EMPTY;
      const loop = decl.parent?.parent;
      if (loop && (ts.isForOfStatement(loop) || ts.isForInStatement(loop)))
        v = ts.isForOfStatement(loop) ? this.eval(loop.expression) : EMPTY;
      else if (decl.initializer) v = this.eval(decl.initializer);
      v = union(v, this.writesValue(symbol, decl.getSourceFile()));
      if (v.items.length === 0 && !v.fields && decl.type) v = union(v, { items: [], refs: [], typed: [decl.name] });
      if (decl.initializer && isLiteral(skipOuterExpressions(decl.initializer)) && (decl.parent.flags & ts.NodeFlags.Const) !== 0) return v;
      // The name tells what an opaque value holds; a value whose data is known needs no guess.
      const annotated = this.annotationItem(decl, decl.name, decl.name.text);
      if (annotated) return this.withEvidence(v, [annotated]);
      if (collapse(v).items.length) return v;
      // `const members = await slack.users.list()`: the name tells what the vendor handed back.
      const named = this.nameItem(decl.name.text, decl.name);
      const returnedBy = named && v.refs.length === 0 ? this.resultSiteOf(v) : undefined;
      return this.withEvidence(v, [named && returnedBy ? { ...named, returnedBy } : named].filter(isDefined));
    }
    if (ts.isParameter(decl)) {
      // What the function itself puts into the object it was given (`acc[m.id] = …` in a reduce).
      const written = ts.isIdentifier(decl.name) ? this.writesValue(symbol, decl.getSourceFile()) : EMPTY;
      const own = this.parameterValue(decl, []);
      return isEmpty(written) ? own : union(own, written);
    }
    if (ts.isBindingElement(decl)) return this.bindingValue(decl);
    if (ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl)) {
      const item =
        this.annotationItem(decl, decl.name) ?? (ts.isIdentifier(decl.name) ? this.nameItem(decl.name.text, decl.name) : undefined);
      const init = ts.isPropertyDeclaration(decl) ? decl.initializer : undefined;
      return union(init ? this.eval(init) : EMPTY, itemsValue(item ? [item] : []));
    }
    if (ts.isPropertyAssignment(decl)) return this.eval(decl.initializer);
    if (ts.isShorthandPropertyAssignment(decl)) return this.identifier(decl.name);
    return EMPTY;
  }

  private writesValue(symbol: ts.Symbol, sf: ts.SourceFile): Value {
    const writes = this.writesOf(sf).writesTo(symbol);
    if (!writes) return EMPTY;
    const parts: Value[] = [];
    // The keys a form is filled with (`form.append('to', …)`, `form.append('text', …)`), for addressing keys.
    const keys = writes.flatMap((w) => (w.kind === 'field' && w.path.length === 1 ? w.path : []));
    for (const w of writes) {
      const v = this.eval(w.value);
      if (w.kind === 'field') {
        // An object of constants (`changes.password = { from: 'set', to: 'unset' }`) carries nothing to name.
        const key = w.path[w.path.length - 1]!;
        const flat = collapse(v);
        const evidence =
          !isEmpty(flat) && !this.ownedByNonPerson(w.value)
            ? (this.nameItem(key, w.value) ??
              (w.path.length === 1 && flat.items.length === 0 && !flat.refs.some((r) => r.weak.length > 0)
                ? this.addresseeItem(key, keys, w.value, w.value)
                : undefined))
            : undefined;
        let nested = evidence && !v.items.some((i) => i.category === evidence.category) ? this.withEvidence(v, [evidence]) : v;
        for (let i = w.path.length - 1; i >= 0; i--) nested = objectValue(new Map([[w.path[i]!, nested]]));
        parts.push(nested);
      } else parts.push(v);
    }
    return union(...parts);
  }

  private parameterValue(p: ts.ParameterDeclaration, path: string[]): Value {
    const fn = p.parent;
    if (!isFunctionLikeWithBody(fn)) return EMPTY;
    const name = ts.isIdentifier(p.name) ? p.name.text : undefined;
    const weak = [this.annotationItem(p, p.name, name) ?? (name ? this.nameItem(name, p.name) : undefined)].filter(isDefined);
    // A destructured parameter (`{ referralCode }: SignedUpEvent`): the type of the element
    // read, not of the whole event.
    const typedNode = p.type || handlerParameterType(p.name, this.checker) ? boundNameAt(p.name, path) : undefined;
    const ref: ParamRef = { fn, index: parameterIndex(p), path, weak, typedNode };
    const emitted = this.emittedValue(p, path);
    return emitted ? union({ items: [], refs: [ref] }, emitted) : { items: [], refs: [ref] };
  }

  /** `bus.on('user.signedUp', (evt) => …)`: what the emit sites of that event put in, at `path`. */
  private emittedValue(p: ts.ParameterDeclaration, path: string[]): Value | undefined {
    const handled = this.options.emits ? handledEvent(p) : undefined;
    if (!handled) return undefined;
    const sites = this.options
      .emits!.of(handled.name)
      .filter((c) => ts.isPropertyAccessExpression(c.expression) && sameEmitter(c.expression.expression, handled.emitter, this.checker));
    if (sites.length === 0) return undefined;
    let v = union(...sites.map((c) => (c.arguments[1] ? this.concretize(this.eval(c.arguments[1])) : EMPTY)));
    for (const k of path) v = this.field(v, k, p, undefined, true);
    return isEmpty(v) ? undefined : v;
  }

  private bindingValue(b: ts.BindingElement): Value {
    // Walk up to the declaration, collecting the property path: const { address: { city } } = user
    const path: string[] = [];
    let node: ts.Node = b;
    while (ts.isBindingElement(node)) {
      const pattern = node.parent;
      if (ts.isObjectBindingPattern(pattern)) {
        if (node.dotDotDotToken) path.unshift('...');
        else {
          const key = staticPropertyName(node.propertyName ?? (ts.isIdentifier(node.name) ? node.name : undefined));
          path.unshift(key ?? '*');
        }
      }
      node = pattern.parent;
    }
    const name = ts.isIdentifier(b.name) ? b.name.text : undefined;
    const evidence = [this.annotationItem(b, b.name, name) ?? (name ? this.nameItem(name, b.name, undefined) : undefined)].filter(
      isDefined,
    );
    const keys = path.filter((k) => k !== '...' && k !== '*');
    const rest = !!b.dotDotDotToken && ts.isObjectBindingPattern(b.parent);
    if (ts.isParameter(node)) {
      const base = this.parameterValue(node, keys);
      const ref = base.refs[0];
      if (!ref) return EMPTY;
      // `{ fnr, navn, ...bolig }: Beboer`: the rest's own type leaves out what was picked.
      const typed = rest && node.type ? { typedNode: b.name } : {};
      return { items: [], refs: [{ ...ref, path: keys, weak: evidence, ...typed }] };
    }
    let root: Value = EMPTY;
    if (ts.isVariableDeclaration(node)) {
      const loop = node.parent?.parent;
      if (loop && ts.isForOfStatement(loop)) root = this.eval(loop.expression);
      else if (node.initializer) root = this.eval(node.initializer);
    }
    let v = root;
    if (rest && path.indexOf('...') === path.length - 1) {
      // The rest of an object: all that was not picked out. Known keys are dropped by name; a
      // value known only by its type takes the rest's type, which the checker computes.
      const picked = new Set(
        (b.parent as ts.ObjectBindingPattern).elements
          .filter((e) => e !== b)
          .map((e) => staticPropertyName(e.propertyName ?? (ts.isIdentifier(e.name) ? e.name : undefined))),
      );
      let fields = v.fields;
      for (const k of keys) fields = fields?.get(k)?.fields;
      const kept = fields ? new Map([...fields].filter(([k]) => !picked.has(k))) : undefined;
      const refs = v.refs.map((r): ParamRef => (r.typedNode ? { ...r, typedNode: b.name } : r));
      if (keys.length === 0) return { items: v.items, refs, fields: kept, typed: v.typed ? [b.name] : undefined };
      return v;
    }
    if (path.includes('...')) return v; // the rest of an object: all that was not picked out
    for (const k of keys) v = this.field(v, k, b, undefined, true);
    return this.withEvidence(
      v,
      evidence.filter((ev) => !v.items.some((i) => i.category === ev.category)),
    );
  }

  /**
   * `this` is not a parameter: data held in fields is reported where the method sends it,
   * so a field read is its concrete value, never something callers fill in.
   */
  private thisValue(_node: ts.Node): Value {
    return EMPTY;
  }

  // ---- members ---------------------------------------------------------------------------

  private member(e: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string): Value {
    if (NON_IDENTIFYING_PROPS.has(name)) return EMPTY;
    const target = skipOuterExpressions(e.expression);
    if (ts.isIdentifier(target) && target.text === 'process' && name === 'env') return EMPTY;
    if (ts.isPropertyAccessExpression(target) && target.name.text === 'env') return EMPTY;
    // A validated environment object (`import { env } from './env'`, t3-env, a zod-parsed
    // process.env): `env.SUPPORT_EMAIL` is the deployment's setting, not a person's data.
    if (ts.isIdentifier(target) && /^env$/i.test(target.text) && /^[A-Z][A-Z0-9_]*$/.test(name)) return EMPTY;
    const base = this.eval(target);
    let v = this.field(base, name, e, rightmostName(target), false);
    if (target.kind === ts.SyntaxKind.ThisKeyword) v = union(v, this.classFieldValue(e, name));
    else v = union(v, this.fieldWrites(e));
    return v;
  }

  /**
   * `store.ipsSeen` of any instance: what the class's own methods write or add to that field
   * (`this.ipsSeen.add(ip)`), whichever instance they ran on.
   */
  private fieldWrites(e: ts.PropertyAccessExpression | ts.ElementAccessExpression): Value {
    if (!ts.isPropertyAccessExpression(e) || !mayNameClassField(this.checker, e.name.text)) return EMPTY;
    let decl: ts.Declaration | undefined;
    try {
      const sym = this.checker.getSymbolAtLocation(e.name);
      decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
    } catch {
      return EMPTY;
    }
    if (!decl || !ts.isPropertyDeclaration(decl) || !ts.isClassLike(decl.parent) || decl.getSourceFile().isDeclarationFile) return EMPTY;
    const writes = this.writesOf(decl.getSourceFile()).classFields.get(decl.parent)?.get(e.name.text) ?? [];
    return writes.length ? union(...writes.map((w) => this.concretize(this.eval(w)))) : EMPTY;
  }

  /** Reads `name` from a value, with what the name and its declaration say about it. */
  field(base: Value, name: string, at: ts.Node, receiver: string | undefined, fromBinding: boolean): Value {
    // The declaration tells only through an `@personal` annotation or its owner type's name
    // (`Customer.name`); the question costs the receiver's type, so it is asked only when it can
    // answer, and the owner's name only when the name alone does not.
    const annotated = this.options.mayHaveAnnotations?.() ?? true;
    let declared: ts.Node | undefined | null = null;
    const declaration = (): ts.Node | undefined => {
      if (declared !== null) return declared;
      declared = undefined;
      if (
        (annotated || this.lexicon.couldMatch(name)) &&
        !fromBinding &&
        (ts.isPropertyAccessExpression(at) || ts.isElementAccessExpression(at))
      ) {
        try {
          const sym = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(at) ? at.name : at.argumentExpression);
          declared = sym?.valueDeclaration ?? sym?.declarations?.[0];
        } catch {
          declared = undefined;
        }
      }
      return declared;
    };
    const tagged = annotated ? this.annotationItem(declaration(), at) : undefined;
    if (base.fields?.has(name)) {
      // A known value, plus what the declared type says of the property (`@personal`).
      const known = base.fields.get(name)!;
      return tagged && !known.items.some((i) => i.category === tagged.category) ? this.withEvidence(known, [tagged]) : known;
    }
    const evidence: DataItem[] = [];
    if (tagged) evidence.push(tagged);
    else {
      let byName = this.nameItem(name, at, receiver);
      // Only a person's type (`Customer.name`) qualifies a name the name alone does not.
      const d = byName || (!annotated && !this.personTypeMembers().has(name)) ? undefined : declaration();
      if (d) byName = this.typeQualifiedItem(name, at, declaringTypeName(d));
      if (byName) evidence.push(byName);
    }
    // A field of a vendor's response that the code did not put there itself.
    const returnedBy = evidence.length ? this.resultSiteOf(base) : undefined;
    if (returnedBy) for (let i = 0; i < evidence.length; i++) evidence[i] = { ...evidence[i]!, returnedBy };
    const transparent = TRANSPARENT_PROPS.has(name) ? withoutFields(base) : EMPTY;
    if (base.refs.length > 0 && base.items.length === 0 && !base.fields) {
      const refs = base.refs.map((r): ParamRef =>
        r.opaque ? r : { ...r, path: [...r.path, name], weak: evidence, typedNode: evidence.length ? undefined : at },
      );
      return union({ items: [], refs }, transparent.items.length ? itemsValue([...transparent.items]) : EMPTY);
    }
    // Any field of what an unseen call made from a parameter holds that parameter.
    const opaque = opaqueRefs(base);
    const carried: Value = opaque.length ? { items: base.items, refs: opaque } : EMPTY;
    if (base.fields && !base.typed && base.items.length === 0 && base.refs.length === 0) {
      // A known object literal without this key: nothing there (but a name still tells).
      return evidence.length && !fromBinding ? itemsValue(evidence) : EMPTY;
    }
    const typed: Value = evidence.length ? EMPTY : { items: [], refs: [], typed: [at] };
    return union(itemsValue(evidence), transparent, typed, carried);
  }

  private personTypes?: ReadonlySet<string>;

  /** Names declared in the program's types named for a person (`interface Customer`); every name without an index. */
  private personTypeMembers(): { has(name: string): boolean } {
    if (this.personTypes) return this.personTypes;
    const index = programNamesOf(this.checker);
    if (!index) return { has: () => true };
    const out = new Set<string>();
    for (const [type, members] of index.typeMembers) if (this.lexicon.isPersonQualifier(type)) for (const m of members) out.add(m);
    return (this.personTypes = out);
  }

  /** Items a callee read from an argument that is a vendor's response: that vendor's. */
  private returnedFrom(items: DataItem[], arg: Value): DataItem[] {
    const site = items.length ? this.resultSiteOf(arg) : undefined;
    return site ? items.map((i) => (i.returnedBy ? i : { ...i, returnedBy: site })) : items;
  }

  /** The site whose response an opaque value was read from: `reply.authed_user` of `await res.json()`. */
  private resultSiteOf(v: Value, depth = 0): string | undefined {
    const site = this.options.resultSite;
    if (!site || !v.typed || depth > 4) return undefined;
    for (const n of v.typed) {
      const s = ts.isCallExpression(n)
        ? site(n)
        : ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)
          ? this.resultSiteOf(this.eval(n.expression), depth + 1)
          : this.assertedResultSite(n, depth);
      if (s) return s;
    }
    return undefined;
  }

  /**
   * `(await res.json()) as { results: Person[] }` and `const { results } = …`: the asserted or
   * destructured response is still the response of the call it was read from.
   */
  private assertedResultSite(n: ts.Node, depth: number): string | undefined {
    if (ts.isAsExpression(n) || ts.isTypeAssertionExpression(n) || ts.isSatisfiesExpression(n)) {
      const inner = skipOuterExpressions(n.expression);
      return (ts.isCallExpression(inner) ? this.options.resultSite!(inner) : undefined) ?? this.resultSiteOf(this.eval(inner), depth + 1);
    }
    let decl: ts.Node = n;
    while (ts.isBindingElement(decl) || ts.isObjectBindingPattern(decl) || ts.isArrayBindingPattern(decl)) decl = decl.parent;
    if (decl !== n && ts.isVariableDeclaration(decl) && decl.initializer) return this.resultSiteOf(this.eval(decl.initializer), depth + 1);
    return undefined;
  }

  private classFieldValue(e: ts.Node, name: string): Value {
    const cls = enclosingClass(e);
    if (!cls) return EMPTY;
    const parts: Value[] = [];
    for (const m of cls.members) {
      if (ts.isPropertyDeclaration(m) && staticPropertyName(m.name) === name) {
        const item = this.annotationItem(m, m.name);
        if (item) parts.push(itemsValue([item]));
        if (m.initializer) parts.push(this.concretize(this.eval(m.initializer)));
      }
      if (ts.isConstructorDeclaration(m))
        for (const p of m.parameters)
          if (ts.getModifiers(p)?.length && ts.isIdentifier(p.name) && p.name.text === name) {
            parts.push(this.concretize(this.parameterValue(p, [])));
          }
    }
    for (const w of this.writesOf(cls.getSourceFile()).classFields.get(cls)?.get(name) ?? []) parts.push(this.concretize(this.eval(w)));
    return union(...parts);
  }

  // ---- calls -----------------------------------------------------------------------------

  private calleeName(e: ts.CallExpression | ts.NewExpression): string | undefined {
    return rightmostName(e.expression);
  }

  isSanitizer(name: string | undefined): boolean {
    if (!name) return false;
    if (this.sanitizers.has(name)) return true;
    const first = splitIdentifier(name)[0];
    return first !== undefined && MASKING_VERBS.has(first);
  }

  private call(e: ts.CallExpression): Value {
    const name = this.calleeName(e);
    if (this.isSanitizer(name)) return EMPTY;
    const callee = skipOuterExpressions(e.expression);
    const args = e.arguments;
    if (ts.isPropertyAccessExpression(callee)) {
      const target = skipOuterExpressions(callee.expression);
      const method = callee.name.text;
      if (ts.isIdentifier(target)) {
        const t = target.text;
        if (t === 'JSON' && (method === 'stringify' || method === 'parse')) return args[0] ? this.eval(args[0]) : EMPTY;
        if (t === 'Object') {
          if (method === 'assign' || method === 'freeze' || method === 'fromEntries' || method === 'values' || method === 'entries')
            return union(...args.map((a) => this.eval(a)));
          if (method === 'keys') return EMPTY;
        }
        if (
          (t === 'Promise' && (method === 'resolve' || method === 'all' || method === 'allSettled' || method === 'race')) ||
          (t === 'Array' && (method === 'from' || method === 'of')) ||
          (t === 'Buffer' && method === 'from')
        ) {
          return union(...args.map((a) => this.eval(a)));
        }
      }
      if (PREDICATE_METHODS.has(method)) return EMPTY;
      // The domain cut from an e-mail address names an organisation or a mail provider, not a person.
      if (method === 'at' && isSplitAtSign(target) && args[0] && ts.isPrefixUnaryExpression(skipOuterExpressions(args[0]))) return EMPTY;
      if ((method === 'slice' || method === 'substring' || method === 'substr') && args[0] && this.isAfterAtSign(args[0], 0)) return EMPTY;
      if (SCHEMA_PARSERS.has(method)) {
        const keys = schemaKeys(target, this.checker);
        if (keys) {
          const parsed = this.schemaValue(keys);
          return method.startsWith('safeParse') ? objectValue(new Map([['data', parsed]])) : parsed;
        }
      }
      const own = this.codebaseCall(e);
      if (own) return own;
      if (SCHEMA_PARSERS.has(method) && args[0]) {
        // A schema whose keys are not known here (`handlers[type].schema.parse(payload)`) lets
        // its input through.
        const input = this.eval(args[0]);
        return union(method.startsWith('safeParse') ? objectValue(new Map([['data', input]])) : input, { items: [], refs: [], typed: [e] });
      }
      const receiver = this.eval(target);
      if (ELEMENT_CALLBACK_METHODS.has(method) || method === 'then') {
        const cb = args[0] ? this.functionOf(args[0]) : undefined;
        if (cb && (method === 'map' || method === 'flatMap' || method === 'then' || method === 'reduce')) {
          const ret = this.returnValue(cb);
          // reduce((acc, element) => …, initial): the accumulator starts as `initial`.
          const isReduce = method === 'reduce';
          const initial = isReduce && args[1] ? this.eval(args[1]) : EMPTY;
          const bound = this.substitute(
            ret,
            cb,
            (i) =>
              isReduce
                ? i === 1
                  ? { value: receiver, unknown: false }
                  : i === 0
                    ? { value: initial, unknown: false }
                    : undefined
                : i === 0
                  ? { value: receiver, unknown: false }
                  : undefined,
            true,
          );
          return isReduce ? union(bound, initial) : bound;
        }
        if (method === 'then') return EMPTY;
        return RECEIVER_CARRIERS.has(method) ? receiver : EMPTY;
      }
      const setter = setterField(method, args.length);
      if (setter) {
        // `new UserData().setEmail(x).setPhone(y)`: each step returns the builder, one field fuller.
        let v = this.eval(args[0]!);
        const evidence = isEmpty(v) ? undefined : this.nameItem(setter, args[0]!);
        if (evidence && !v.items.some((i) => i.category === evidence.category)) v = this.withEvidence(v, [evidence]);
        return union(receiver, objectValue(new Map([[setter, v]])));
      }
      if (BUILDER_METHODS.has(method)) return union(receiver, ...args.map((a) => this.eval(a)));
      if (RECEIVER_CARRIERS.has(method)) {
        if (method === 'get' || method === 'getAll') {
          const key = staticPropertyName(args[0]);
          if (key !== undefined && receiver.fields?.has(key)) return receiver.fields.get(key)!;
          // `formData.get('epost')`, `url.searchParams.get('email')`: a form's field is named by its key.
          if (key !== undefined && isFormLike(target, this.checker)) {
            const named = this.nameItem(key, args[0]!);
            if (named) return union(receiver, itemsValue([named]));
          }
        }
        return union(receiver, method === 'concat' ? union(...args.map((a) => this.eval(a))) : EMPTY);
      }
      if (callsUnseenCode(e, this.checker)) return union(this.getterEvidence(e, method), this.unseenCallResult(e, args));
      return union(this.getterEvidence(e, method), this.unknownCallResult(e, method, args));
    }
    if (ts.isIdentifier(callee) && CARRIER_FUNCTIONS.has(callee.text)) return union(...args.map((a) => this.eval(a)));
    if (ts.isIdentifier(callee) && callee.text === 'Boolean') return EMPTY;
    const own = this.codebaseCall(e);
    if (own) return own;
    if (callsUnseenCode(e, this.checker)) return union(this.getterEvidence(e, name), this.unseenCallResult(e, args));
    return union(this.getterEvidence(e, name), this.unknownCallResult(e, name, args));
  }

  /** A call of code handed over by the caller: what it returns carries its arguments, in a shape of its own. */
  private unseenCallResult(e: ts.CallExpression, args: readonly ts.Expression[]): Value {
    return union(...args.map((a) => opaqueOf(this.eval(a))), { items: [], refs: [], typed: [e] });
  }

  /** `email.indexOf('@') + 1`, or a const holding `email.indexOf('@')`: an offset past the `@`. */
  private isAfterAtSign(e: ts.Expression, depth: number): boolean {
    const x = skipOuterExpressions(e);
    if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.PlusToken) return this.isAfterAtSign(x.left, depth);
    if (ts.isCallExpression(x)) {
      const c = skipOuterExpressions(x.expression);
      const a = x.arguments[0];
      return (
        ts.isPropertyAccessExpression(c) &&
        (c.name.text === 'indexOf' || c.name.text === 'lastIndexOf') &&
        !!a &&
        ts.isStringLiteralLike(a) &&
        a.text === '@'
      );
    }
    if (ts.isIdentifier(x) && depth < 2) {
      const init = this.initializerOf(x);
      return !!init && this.isAfterAtSign(init, depth + 1);
    }
    return false;
  }

  private unknownCallResult(e: ts.CallExpression, name: string | undefined, args: readonly ts.Expression[]): Value {
    const words = name ? splitIdentifier(name) : [];
    const carries =
      words.length > 0 &&
      (CARRIER_VERBS.has(words[0]!) ||
        words.some((w) => w === 'hash' || w === 'sha256' || w === 'md5' || w === 'encrypt' || w === 'render'));
    const fromArgs = carries ? union(...args.map((a) => this.eval(a))) : EMPTY;
    return union(fromArgs, { items: [], refs: [], typed: [e] });
  }

  /** `getCustomerEmail()`: the name of a getter says what it returns. */
  private getterEvidence(e: ts.CallExpression, name: string | undefined): Value {
    if (!name) return EMPTY;
    const words = splitIdentifier(name);
    if (words.length < 2 || !GETTER_VERBS.has(words[0]!)) return EMPTY;
    const item = this.nameItem(words.slice(1).join('_'), e);
    return item ? itemsValue([item]) : EMPTY;
  }

  private construct(e: ts.NewExpression): Value {
    const ctor = skipOuterExpressions(e.expression);
    const args = e.arguments ?? [];
    if (ts.isIdentifier(ctor)) {
      switch (ctor.text) {
        case 'URL':
        case 'URLSearchParams':
        case 'Request':
        case 'Blob':
        case 'Headers':
        case 'Map':
        case 'Set':
        case 'String':
        case 'Date':
        case 'File':
          return union(...args.map((a) => this.eval(a)));
        case 'FormData':
          return EMPTY; // filled by append(), recorded as writes
      }
      const r = resolveIdentifier(this.checker, ctor);
      if (r.kind === 'decl' && (ts.isClassDeclaration(r.decl) || ts.isClassExpression(r.decl))) return this.instanceValue(r.decl, e);
      // Command objects of SDKs (`new SendMessageCommand(input)`) carry their input.
      if (r.kind === 'external' && /Command$/.test(ctor.text))
        return union(...args.map((a) => this.eval(a)), { items: [], refs: [], typed: [e] });
    }
    return { items: [], refs: [], typed: [e] };
  }

  /** A codebase class constructed here: its fields, as its constructor fills them from the arguments. */
  private instanceValue(cls: ts.ClassLikeDeclaration, site: ts.NewExpression): Value {
    const ctor = cls.members.find(ts.isConstructorDeclaration);
    const fields = new Map<string, Value>();
    const args = site.arguments ?? [];
    const resolveArg = (i: number) => {
      const a = args[i];
      return a ? { value: this.eval(a), unknown: !isLiteral(skipOuterExpressions(a)) } : undefined;
    };
    if (ctor) {
      for (const p of ctor.parameters)
        if (ts.getModifiers(p)?.length && ts.isIdentifier(p.name))
          fields.set(p.name.text, this.substitute(this.parameterValue(p, []), ctor, resolveArg, true));
      for (const [name, writes] of this.writesOf(cls.getSourceFile()).classFields.get(cls) ?? []) {
        const inCtor = writes.filter((w) => isInside(w, ctor));
        if (inCtor.length) fields.set(name, union(...inCtor.map((w) => this.substitute(this.eval(w), ctor, resolveArg, true))));
      }
    }
    for (const m of cls.members)
      if (ts.isPropertyDeclaration(m) && m.initializer) {
        const key = staticPropertyName(m.name);
        if (key) fields.set(key, union(fields.get(key) ?? EMPTY, this.eval(m.initializer)));
      }
    return { items: [], refs: [], fields, typed: [site] };
  }

  /** The expression an identifier was initialised with (through imports), if it is a const. */
  initializerOf(e: ts.Expression): ts.Expression | undefined {
    const x = skipOuterExpressions(e);
    if (!ts.isIdentifier(x)) return undefined;
    const r = resolveIdentifier(this.checker, x);
    if (r.kind === 'decl' && ts.isVariableDeclaration(r.decl) && r.decl.initializer)
      return this.initializerOf(r.decl.initializer) ?? r.decl.initializer;
    if (r.kind === 'decl' && ts.isPropertyAssignment(r.decl)) return r.decl.initializer;
    return undefined;
  }

  functionOf(e: ts.Expression): FunctionLike | undefined {
    const x = skipOuterExpressions(e);
    if (isFunctionLikeWithBody(x)) return x;
    if (ts.isIdentifier(x) || ts.isPropertyAccessExpression(x)) return this.resolveFunction(x);
    return undefined;
  }

  /** Whether a callee can name a module's top-level function (function-resolution.ts). */
  mayHoldModuleMember(callee: ts.Expression): boolean {
    return mayNameModuleFunction(this.checker, callee);
  }

  /** The codebase function a callee names (function-resolution.ts). */
  resolveFunction(callee: ts.Expression): FunctionLike | undefined {
    return calledFunction(this.checker, callee);
  }

  private codebaseCall(e: ts.CallExpression): Value | undefined {
    const fn = this.resolveFunction(e.expression);
    if (!fn) return undefined;
    const ret = this.returnValue(fn);
    const callee = skipOuterExpressions(e.expression);
    const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
    const v = this.substitute(ret, fn, this.argResolver(e.arguments, receiver, fn), true);
    // The declared return type still tells when the body's own value is opaque (a DB row). When
    // the value owes to the caller's parameters, those tell: the type must not make the caller's
    // own callers' data look read here (`computeSlots(activity)` typed with `customerName`).
    if (owesToParameters(v)) return v;
    return union(v, { items: [], refs: [], typed: [e] });
  }

  argResolver(args: readonly ts.Expression[], receiver: ts.Expression | undefined, fn: FunctionLike) {
    return (i: number): { value: Value; unknown: boolean } | undefined => {
      if (i === -1) return receiver ? { value: this.eval(receiver), unknown: true } : undefined;
      const p = fn.parameters[i];
      if (p?.dotDotDotToken) {
        const rest = args.slice(i);
        return rest.length
          ? { value: union(...rest.map((a) => this.eval(a))), unknown: rest.some((a) => !isLiteral(skipOuterExpressions(a))) }
          : undefined;
      }
      const a = args[i];
      if (!a) return undefined;
      const s = skipOuterExpressions(a);
      if (ts.isSpreadElement(s)) return { value: this.eval(s.expression), unknown: true };
      return { value: this.eval(a), unknown: !isLiteral(s) && !ts.isObjectLiteralExpression(s) && !ts.isArrayLiteralExpression(s) };
    };
  }

  returnValue(fn: FunctionLike): Value {
    const cached = this.returnCache.get(fn);
    if (cached) return cached;
    this.returnCache.set(fn, EMPTY);
    const v = union(...returnedExpressions(fn).map((e) => this.eval(e)));
    this.returnCache.set(fn, v);
    return v;
  }

  // ---- parameters, substitution ------------------------------------------------------------

  /**
   * Replaces the parameters of `fn` in `v` by what a call site passes. `keepOwn` keeps the data
   * `fn` itself adds; a caller building findings drops it, because it was reported inside.
   */
  substitute(
    v: Value,
    fn: ts.Node,
    resolveArg: (index: number) => { value: Value; unknown: boolean } | undefined,
    keepOwn: boolean,
  ): Value {
    const parts: Value[] = [];
    if (keepOwn) parts.push({ items: v.items, refs: v.refs.filter((r) => r.fn !== fn), typed: v.typed });
    else parts.push({ items: [], refs: v.refs.filter((r) => r.fn !== fn) });
    for (const r of v.refs) {
      if (r.fn !== fn) continue;
      const arg = resolveArg(r.index);
      if (!arg) {
        parts.push(this.concretizeRef(r));
        continue;
      }
      const passed = this.followPath(arg.value, r, arg.unknown);
      parts.push(r.opaque ? opaqueOf(passed) : passed);
    }
    if (v.fields) {
      const fields = new Map<string, Value>();
      for (const [k, fv] of v.fields) fields.set(k, this.substitute(fv, fn, resolveArg, keepOwn));
      parts.push(objectValue(fields));
    }
    return union(...parts);
  }

  private followPath(arg: Value, r: ParamRef, unknownShape: boolean): Value {
    let v = arg;
    for (let i = 0; i < r.path.length; i++) {
      const k = r.path[i]!;
      if (v.fields?.has(k)) v = v.fields.get(k)!;
      else if (v.fields && !v.typed && v.items.length === 0 && v.refs.length === 0) return EMPTY;
      else {
        // Shape unknown here: what the callee's own code says about the rest of the path holds.
        const rest = r.path.slice(i);
        // Deeper into the argument: its type there is the type of what was read (`m.points`), not the whole argument's.
        const refs = v.refs.map((x): ParamRef =>
          x.opaque ? x : { ...x, path: [...x.path, ...rest], weak: r.weak, typedNode: r.typedNode },
        );
        // `members.map((m) => m.user_id)` over a vendor's response: what the callee reads is the vendor's.
        const own = v.refs.length && !v.items.length ? [] : this.returnedFrom([...r.weak], v);
        // What an unseen call made of the caller's data holds all of it, whichever field is read.
        if (refs.some((x) => x.opaque)) own.push(...v.items);
        const typedNode = r.typedNode;
        return { items: own, refs, typed: own.length === 0 && typedNode && !refs.length ? [typedNode] : undefined };
      }
    }
    if (unknownShape && isEmpty(v)) return itemsValue([...r.weak]);
    if (unknownShape && r.weak.length && v.items.length === 0 && v.refs.length === 0 && !v.fields?.size)
      return union(v, itemsValue([...r.weak]));
    return r.weak.length ? passOnEvidence(v, r.weak) : v;
  }

  /** What a parameter says by itself, when no caller says more. */
  concretizeRef(r: ParamRef): Value {
    const typedNode = r.typedNode;
    return { items: [...r.weak], refs: [], typed: r.weak.length === 0 && typedNode ? [typedNode] : undefined };
  }

  concretize(v: Value): Value {
    if (v.refs.length === 0 && !v.fields) return v;
    const parts: Value[] = [{ items: v.items, refs: [], typed: v.typed }];
    for (const r of v.refs) parts.push(this.concretizeRef(r));
    if (v.fields) {
      const fields = new Map<string, Value>();
      for (const [k, fv] of v.fields) fields.set(k, this.concretize(fv));
      parts.push(objectValue(fields));
    }
    return union(...parts);
  }

  // ---- what is sent ------------------------------------------------------------------------

  /** Every personal data item a value carries when it is sent whole. */
  sentItems(v: Value, depth = 0): DataItem[] {
    if (depth > 6) return [...v.items];
    const out: DataItem[] = [...v.items];
    if (v.fields) for (const fv of v.fields.values()) out.push(...this.sentItems(fv, depth + 1));
    if (v.typed && out.length === 0) for (const n of v.typed) out.push(...this.typeItems(n));
    return dedupeItems(out);
  }

  /** The personal fields the static type of `node` declares (`customer: Customer`). */
  typeItems(node: ts.Node): DataItem[] {
    // A constant dictionary (`{ fornavn: 'Fornavn', … }`): its keys are labels, its values known.
    const literal = ts.isExpression(node) ? skipOuterExpressions(node) : node;
    if (ts.isObjectLiteralExpression(literal) && isConstantObject(literal)) return [];
    let type: ts.Type;
    try {
      type = this.checker.getTypeAtLocation(node);
      // A framework's request whose package is not loaded: the written type arguments tell.
      if (type.flags & ts.TypeFlags.Any) type = requestMemberType(node, this.checker) ?? handlerParameterType(node, this.checker) ?? type;
    } catch {
      return [];
    }
    const props = this.personalProps(type, 0);
    const text = shortText(node, 40);
    return props.map((p) => this.makeItem(p, node, 'type', `${text}.${p.name}`));
  }

  private personalProps(type: ts.Type, depth: number): Array<{ name: string; category: string; label: string }> {
    const cached = this.typeCache.get(type);
    if (cached) return cached;
    this.typeCache.set(type, []);
    const out: Array<{ name: string; category: string; label: string }> = [];
    if (depth <= 2) {
      let t = type;
      const awaited = this.checker.getAwaitedType(t);
      if (awaited) t = awaited;
      const element = this.checker.isArrayType(t) ? this.checker.getTypeArguments(t as ts.TypeReference)[0] : undefined;
      if (element) t = element;
      const parts = t.isUnion() ? t.types : [t];
      for (const part of parts) {
        if (!(part.flags & ts.TypeFlags.Object) || part.getCallSignatures().length) continue;
        // Containers of the standard library (Map<string, Cart>, Set<User>, Promise<T>): what
        // they hold is what counts.
        const declared = part.getSymbol()?.declarations?.[0];
        if (declared?.getSourceFile().isDeclarationFile) {
          const args = (part as ts.TypeReference).target ? this.checker.getTypeArguments(part as ts.TypeReference) : [];
          for (const a of args) out.push(...this.personalProps(a, depth + 1));
          continue;
        }
        const typeName = part.aliasSymbol?.name ?? part.getSymbol()?.name;
        for (const prop of this.checker.getPropertiesOfType(part).slice(0, 200)) {
          const decl = prop.valueDeclaration ?? prop.declarations?.[0];
          if (!decl || decl.getSourceFile().isDeclarationFile) continue;
          const tag = personalTag(decl);
          const m = tag ? { category: tag, label: this.lexicon.labelOf(tag) } : this.lexicon.match(prop.name, typeName);
          if (m) out.push({ name: prop.name, category: m.category, label: m.label });
          else if (depth < 2) {
            const propType = this.checker.getTypeOfSymbol(prop);
            for (const inner of this.personalProps(propType, depth + 1)) out.push({ ...inner, name: `${prop.name}.${inner.name}` });
          }
        }
      }
    }
    this.typeCache.set(type, out);
    return out;
  }
}

/**
 * An argument that is itself only a parameter of the caller, whose name says nothing
 * (`send(x)`, `list.map((r) => ({ phonenumber: r }))`): what the callee's name or key says of it
 * travels on to the caller's callers, as it would had the callee's code been written inline.
 */
function passOnEvidence(v: Value, weak: readonly DataItem[]): Value {
  if (v.items.length > 0 || v.fields?.size || v.refs.length === 0) return narrowed(v, weak);
  if (v.refs.some((r) => r.weak.length > 0)) return narrowed(v, weak);
  return { ...v, refs: v.refs.map((r) => ({ ...r, weak: [...weak] })) };
}

/**
 * A broad category the value's own name gives (`settings.recipient`: a contact) made precise by
 * what the receiving key or parameter is called (`msisdn`, `phoneNumber`); the origin stays.
 */
function narrowed(v: Value, named: readonly DataItem[]): Value {
  const narrow = (items: readonly DataItem[]): DataItem[] =>
    items.map((i) => {
      // A key can say which kind of contact a generic one is (msisdn: a phone); it cannot make a
      // direct identifier pseudonymous (distinctId: employeeNumber is still the employee number).
      const n = named.find((x) => x.category.startsWith(i.category + '.') && !x.category.endsWith('.pseudonymous'));
      return n ? { ...i, category: n.category, label: n.label } : i;
    });
  if (v.fields?.size) return v;
  return { ...v, items: narrow(v.items), refs: v.refs.map((r) => (r.weak.length ? { ...r, weak: narrow(r.weak) } : r)) };
}

/** The name bound at `path` inside a binding pattern (the pattern itself for an empty path). */
function boundNameAt(name: ts.BindingName, path: readonly string[]): ts.Node | undefined {
  let n: ts.BindingName = name;
  for (const key of path) {
    if (!ts.isObjectBindingPattern(n)) return ts.isIdentifier(n) ? name : undefined;
    const el = n.elements.find(
      (e) => !e.dotDotDotToken && staticPropertyName(e.propertyName ?? (ts.isIdentifier(e.name) ? e.name : undefined)) === key,
    );
    if (!el) return undefined;
    n = el.name;
  }
  return n;
}

/** A type that names or spells out a shape: `User`, `User[]`, `{ email: string }`, unions of them. */
function isShapeType(t: ts.TypeNode): boolean {
  // `as const` fixes literal values: nothing opaque to explain.
  if (ts.isTypeReferenceNode(t)) return !(ts.isIdentifier(t.typeName) && t.typeName.text === 'const');
  if (ts.isTypeLiteralNode(t)) return true;
  if (ts.isArrayTypeNode(t)) return isShapeType(t.elementType);
  if (ts.isUnionTypeNode(t) || ts.isIntersectionTypeNode(t)) return t.types.some(isShapeType);
  if (ts.isTupleTypeNode(t)) return t.elements.some((x) => isShapeType(ts.isNamedTupleMember(x) ? x.type : x));
  if (ts.isParenthesizedTypeNode(t)) return isShapeType(t.type);
  return false;
}

/** A submitted form or query string: `new FormData(form)`, `await req.formData()`, `url.searchParams`. */
function isFormLike(target: ts.Expression, checker: ts.TypeChecker, depth = 0): boolean {
  const x = skipOuterExpressions(target);
  if (ts.isPropertyAccessExpression(x)) return x.name.text === 'searchParams';
  if (ts.isNewExpression(x))
    return ts.isIdentifier(x.expression) && (x.expression.text === 'FormData' || x.expression.text === 'URLSearchParams');
  if (ts.isCallExpression(x)) {
    const c = skipOuterExpressions(x.expression);
    return (ts.isPropertyAccessExpression(c) && c.name.text === 'formData') || (ts.isIdentifier(c) && c.text === 'useSearchParams');
  }
  if (ts.isIdentifier(x) && depth < 3) {
    const r = resolveIdentifier(checker, x);
    if (r.kind === 'decl' && ts.isVariableDeclaration(r.decl) && r.decl.initializer)
      return isFormLike(r.decl.initializer, checker, depth + 1);
  }
  return false;
}

function isConstantObject(o: ts.ObjectLiteralExpression): boolean {
  return o.properties.every((p) => {
    if (!ts.isPropertyAssignment(p)) return false;
    const v = skipOuterExpressions(p.initializer);
    return (
      isLiteral(v) ||
      ts.isNoSubstitutionTemplateLiteral(v) ||
      (ts.isObjectLiteralExpression(v) && isConstantObject(v)) ||
      (ts.isArrayLiteralExpression(v) && v.elements.every((x) => isLiteral(x)))
    );
  });
}

const SCHEMA_PARSERS = new Set(['parse', 'parseAsync', 'safeParse', 'safeParseAsync']);
/** Validators that say what a string is, whatever its key is called. */
const VALIDATOR_CATEGORIES: Record<string, string | undefined> = {
  email: 'user.contact.email',
  ip: 'user.device.ip_address',
  ipv4: 'user.device.ip_address',
  ipv6: 'user.device.ip_address',
};

function isLiteral(e: ts.Node): boolean {
  return (
    ts.isStringLiteralLike(e) ||
    ts.isNumericLiteral(e) ||
    ts.isBigIntLiteral(e) ||
    ts.isRegularExpressionLiteral(e) ||
    e.kind === ts.SyntaxKind.TrueKeyword ||
    e.kind === ts.SyntaxKind.FalseKeyword ||
    e.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(e) && e.text === 'undefined')
  );
}

/** `x.split('@')`: the parts of an e-mail address. */
function isSplitAtSign(e: ts.Expression): boolean {
  const x = skipOuterExpressions(e);
  if (!ts.isCallExpression(x)) return false;
  const c = skipOuterExpressions(x.expression);
  const a = x.arguments[0];
  return ts.isPropertyAccessExpression(c) && c.name.text === 'split' && !!a && ts.isStringLiteralLike(a) && a.text === '@';
}

/**
 * Text (markup, a template, a concatenation): the static types of the objects it was built from
 * no longer tell what it holds; an object's fields do not travel in it ("[object Object]").
 */
function withoutTyped(v: Value): Value {
  return v.typed ? { items: v.items, refs: v.refs } : v;
}

function isDefined<T>(x: T | undefined): x is T {
  return x !== undefined;
}

function isInside(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end;
}

function declaringTypeName(decl: ts.Node): string | undefined {
  const parent = decl.parent;
  if (parent && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) && parent.name) return parent.name.text;
  if (parent && ts.isTypeLiteralNode(parent) && ts.isTypeAliasDeclaration(parent.parent)) return parent.parent.name.text;
  return undefined;
}

/** The name of what an object literal builds (`const kunde: Kunde = {…}`), to qualify its keys. */
function ownerName(e: ts.ObjectLiteralExpression): string | undefined {
  let p: ts.Node = e.parent;
  while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) {
    if ((ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) && ts.isTypeReferenceNode(p.type)) return p.type.typeName.getText();
    p = p.parent;
  }
  if (ts.isVariableDeclaration(p)) {
    if (p.type && ts.isTypeReferenceNode(p.type)) return p.type.typeName.getText();
    return ts.isIdentifier(p.name) ? p.name.text : undefined;
  }
  if (ts.isPropertyAssignment(p)) return staticPropertyName(p.name);
  return undefined;
}

function owesToParameters(v: Value, depth = 0): boolean {
  if (v.refs.some((r) => !r.opaque)) return true;
  if (!v.fields || depth > 6) return false;
  for (const f of v.fields.values()) if (owesToParameters(f, depth + 1)) return true;
  return false;
}

/** What names a thing rather than a person: its name and its site. */
const THING_IDENTITY_HEADS = new Set(['name', 'navn', 'website', 'homepage', 'domain', 'url', 'nettside', 'hjemmeside']);
const THING_IDENTITY_CATEGORIES = new Set(['user.name', 'user.contact.url']);

function withoutCategories(v: Value, categories: ReadonlySet<string>, depth = 0): Value {
  const dropped = (i: DataItem) => categories.has(i.category) || [...categories].some((c) => i.category.startsWith(`${c}.`));
  const items = v.items.filter((i) => !dropped(i));
  // `customer.name` of a parameter: the field read is itself a name, whatever a caller passes.
  const refs = v.refs.filter((r) => r.opaque || r.path.length === 0 || r.weak.length === 0 || !r.weak.every(dropped));
  let fields = v.fields;
  if (fields && depth < 6) {
    const next = new Map<string, Value>();
    for (const [k, f] of fields) next.set(k, withoutCategories(f, categories, depth + 1));
    fields = next;
  }
  return { ...v, items, refs, ...(fields ? { fields } : {}) };
}
